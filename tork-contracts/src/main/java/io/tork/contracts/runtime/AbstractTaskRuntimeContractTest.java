package io.tork.contracts.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tork.application.port.out.RuntimeFailure;
import io.tork.application.port.out.RuntimeListener;
import io.tork.application.port.out.TaskRuntime;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.Task;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The behaviour every {@link TaskRuntime} must show (SPEC §5 "Contract for every runtime").
 *
 * <p>To hold a runtime to it, subclass this class in the adapter's {@code src/test/java}:
 * <pre>{@code
 * class ShellTaskRuntimeContractTest extends AbstractTaskRuntimeContractTest {
 *     private final TaskRuntime runtime = new ShellTaskRuntime(ShellRuntimeConfig.defaults());
 *     protected TaskRuntime runtime() { return runtime; }
 *     protected String image() { return null; }          // the shell runtime has no images
 * }
 * }</pre>
 * <ul>
 *   <li>{@link #runtime()} may return the same instance every time or a new one; it is called once per run.</li>
 *   <li>{@link #image()} is set on every task (pre and post included) when non-null; it must exist locally and
 *       provide a POSIX {@code sh} with {@code echo}, {@code printf}, {@code cat}, {@code sleep}, {@code ls} and
 *       {@code test} (busybox is enough). Return {@code null} for runtimes without images.</li>
 *   <li>Override {@link #assertNothingLeftBehind(Task)} when the runtime can check that a finished run left
 *       nothing behind (containers, volumes, networks, temp dirs); it is called after every test for every task
 *       the test built, once any run the test started in the background has ended.</li>
 *   <li>A subclass that needs an external service (Docker) should skip itself in a {@code @BeforeAll} with an
 *       assumption when the service is absent.</li>
 * </ul>
 * Tasks look as the worker hands them over: templates rendered, {@code env} holding {@code TORK_TASK_ID},
 * {@code TORK_JOB_ID} and {@code TORK_ATTEMPT}. The timeout guards against a runtime that hangs; it is not a
 * speed requirement.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class AbstractTaskRuntimeContractTest {

    private static final int MAX_RESULT_BYTES = 64 * 1024;
    private static final Duration AWAIT_LIMIT = Duration.ofSeconds(10);

    private final List<Task> builtTasks = new ArrayList<>();
    private final List<BackgroundRun> backgroundRuns = new ArrayList<>();

    /** The runtime under test. */
    protected abstract TaskRuntime runtime();

    /** The image every task uses, or {@code null} when the runtime has no images (tests then leave it unset). */
    protected abstract String image();

    /** Fails when the finished run of {@code task} left something behind. Does nothing unless overridden. */
    protected void assertNothingLeftBehind(Task task) {
    }

    @AfterEach
    final void endBackgroundRunsThenCheckNothingLeftBehind() throws InterruptedException {
        for (BackgroundRun run : backgroundRuns) {
            run.stop();
        }
        for (Task task : builtTasks) {
            assertNothingLeftBehind(task);
        }
    }

    @Test
    void returnsWhatTheScriptWroteToTorkOutput() throws Exception {
        Task task = task(script("printf hello > $TORK_OUTPUT"));

        assertThat(runtime().run(task, new RecordingListener())).isEqualTo("hello");
    }

    @Test
    void returnsAnEmptyResultWhenTheScriptWritesNoOutput() throws Exception {
        Task task = task(script("echo nothing for the result"));

        assertThat(runtime().run(task, new RecordingListener())).isNotNull().isEmpty();
    }

    @Test
    void failsWithTheExitCodeAndTheLastLinesWhenTheScriptExitsNonZero() {
        Task task = task(script("echo boom; exit 3"));

        assertThatThrownBy(() -> runtime().run(task, new RecordingListener()))
                .isInstanceOf(RuntimeFailure.class)
                .hasMessageContaining("3")
                .hasMessageContaining("boom");
    }

    @Test
    void passesTheTaskEnvironmentToTheScript() throws Exception {
        Task task = task(script("printf \"$GREETING\" > $TORK_OUTPUT").env(Map.of("GREETING", "hello world")));

        assertThat(runtime().run(task, new RecordingListener())).isEqualTo("hello world");
    }

    @Test
    void exposesTheTaskIdAndAttemptToTheScript() throws Exception {
        Task task = task(script("printf '%s/%s' \"$TORK_TASK_ID\" \"$TORK_ATTEMPT\" > $TORK_OUTPUT"));

        assertThat(runtime().run(task, new RecordingListener())).isEqualTo(task.id() + "/1");
    }

    @Test
    void writesTheTaskFilesIntoTheWorkingDirectory() throws Exception {
        Task task = task(script("cat hello.txt > $TORK_OUTPUT").files(Map.of("hello.txt", "hi")));

        assertThat(runtime().run(task, new RecordingListener())).isEqualTo("hi");
    }

    @Test
    void sendsTheScriptOutputToTheListener() throws Exception {
        Task task = task(script("echo line-one; echo line-two"));
        RecordingListener listener = new RecordingListener();

        runtime().run(task, listener);

        assertThat(listener.logs()).contains("line-one").contains("line-two");
    }

    @Test
    void streamsLogsWhileTheTaskRuns() {
        Task task = task(script("echo first; sleep 3; echo second"));
        RecordingListener listener = new RecordingListener();

        BackgroundRun run = startInBackground(task, listener);

        await().atMost(AWAIT_LIMIT).until(() -> listener.logs().contains("first"));
        // A runtime that only hands over the logs at the end delivers both lines together.
        assertThat(listener.logs()).doesNotContain("second");
        assertThat(run.result()).isNotDone();
        await().atMost(AWAIT_LIMIT).until(() -> run.result().isDone());
        assertThat(listener.logs()).contains("second");
    }

    @Test
    void reportsTheProgressTheScriptWrites() {
        Task task = task(script("echo 50 > $TORK_PROGRESS; sleep 3"));
        RecordingListener listener = new RecordingListener();

        BackgroundRun run = startInBackground(task, listener);

        await().atMost(AWAIT_LIMIT).until(() -> listener.progress().contains(50.0));
        await().atMost(AWAIT_LIMIT).until(() -> run.result().isDone());
        assertThat(run.result()).isCompleted();
    }

    @Test
    void aSeedTaskThatWritesNoOutputAnswersWithItsStandardOutput() throws Exception {
        Task task = task(script("printf 'hello world'")
                .pre(List.of(spec("echo from-pre")))
                .post(List.of(spec("echo from-post"))));
        Task seed = task.toBuilder().stdoutAsResult(true).build();

        assertThat(runtime().run(seed, new RecordingListener())).isEqualTo("hello world");
    }

    @Test
    void aSeedTaskThatWritesOutputAnswersWithIt() throws Exception {
        Task task = task(script("printf noise; printf result > $TORK_OUTPUT"));
        Task seed = task.toBuilder().stdoutAsResult(true).build();

        assertThat(runtime().run(seed, new RecordingListener())).isEqualTo("result");
    }

    @Test
    void runsPreTasksThenTheTaskThenPostTasks() throws Exception {
        Task task = task(script("echo main-step")
                .pre(List.of(spec("echo pre-step")))
                .post(List.of(spec("echo post-step"))));
        RecordingListener listener = new RecordingListener();

        runtime().run(task, listener);

        String logs = listener.logs();
        assertThat(logs).contains("pre-step", "main-step", "post-step");
        assertThat(logs.indexOf("pre-step")).isLessThan(logs.indexOf("main-step"));
        assertThat(logs.indexOf("main-step")).isLessThan(logs.indexOf("post-step"));
    }

    @Test
    void aFailingPreTaskFailsTheRunAndTheTaskDoesNotRun() {
        Task task = task(script("echo main-ran > $TORK_OUTPUT; echo main-ran")
                .pre(List.of(spec("echo pre-failed; exit 1"))));
        RecordingListener listener = new RecordingListener();

        assertThatThrownBy(() -> runtime().run(task, listener)).isInstanceOf(RuntimeFailure.class);
        assertThat(listener.logs()).doesNotContain("main-ran");
    }

    @Test
    void stopsTheTaskAndThrowsInterruptedExceptionWhenTheThreadIsInterrupted() throws InterruptedException {
        Task task = task(script("echo started; sleep 60"));
        RecordingListener listener = new RecordingListener();

        BackgroundRun run = startInBackground(task, listener);
        await().atMost(AWAIT_LIMIT).until(() -> listener.logs().contains("started"));
        run.thread().interrupt();

        await().atMost(AWAIT_LIMIT).until(() -> run.result().isDone());
        assertThat(run.failure()).isInstanceOf(InterruptedException.class);
    }

    @Test
    void truncatesTheResultTo64KiB() throws Exception {
        // 2^17 = 128 KiB of 'x', built by doubling because busybox may lack head/yes/dd.
        Task task = task(script("s=x; for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17; do s=\"$s$s\"; done; "
                + "printf '%s' \"$s\" > $TORK_OUTPUT"));

        String result = runtime().run(task, new RecordingListener());

        assertThat(result).isEqualTo("x".repeat(MAX_RESULT_BYTES));
    }

    @Test
    void isHealthy() {
        assertThat(runtime().isHealthy()).isTrue();
    }

    // --- building tasks -----------------------------------------------------------------------------------

    /** A task spec running {@code run}, with the image set when the runtime has images. */
    protected TaskSpec.Builder script(String run) {
        TaskSpec.Builder builder = TaskSpec.builder().name("contract test").run(run);
        return image() == null ? builder : builder.image(image());
    }

    private TaskSpec spec(String run) {
        return script(run).build();
    }

    /** A pending task as the worker hands it to the runtime: worker variables added to the spec's env. */
    protected Task task(TaskSpec.Builder spec) {
        String taskId = newId();
        String jobId = newId();
        TaskSpec built = spec.build();
        Map<String, String> env = new LinkedHashMap<>(built.env() == null ? Map.of() : built.env());
        env.put("TORK_TASK_ID", taskId);
        env.put("TORK_JOB_ID", jobId);
        env.put("TORK_ATTEMPT", "1");
        Task task = Task.pending(taskId, jobId, null, 1, built.toBuilder().env(env).build(), Instant.now());
        builtTasks.add(task);
        return task;
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    // --- running in the background ------------------------------------------------------------------------

    private BackgroundRun startInBackground(Task task, RuntimeListener listener) {
        CompletableFuture<String> result = new CompletableFuture<>();
        TaskRuntime runtime = runtime();
        Thread thread = Thread.ofPlatform().name("contract-run-" + task.id()).start(() -> {
            try {
                result.complete(runtime.run(task, listener));
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        });
        BackgroundRun run = new BackgroundRun(thread, result);
        backgroundRuns.add(run);
        return run;
    }

    private record BackgroundRun(Thread thread, CompletableFuture<String> result) {
        /** Ends a run a failed test left going, so that nothing outlives the test. */
        void stop() throws InterruptedException {
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(AWAIT_LIMIT.toMillis());
            }
            assertThat(thread.isAlive()).as("run of a task still going after being interrupted").isFalse();
        }

        /** What the finished run threw, or {@code null} when it returned a result. */
        Throwable failure() throws InterruptedException {
            try {
                result.get();
                return null;
            } catch (ExecutionException e) {
                return e.getCause();
            }
        }
    }

}
