package io.tork.plugins.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tork.plugin.api.MountSpec;
import io.tork.plugin.api.ResourceLimits;
import io.tork.plugin.api.RunRequest;
import java.time.Duration;
import java.util.ArrayList;
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
 * The Podman runtime on its own, through the plugin API, against the real {@code podman}. The engine-level runtime
 * contract suite runs over the loaded plugin jar in tork-app.
 */
@RequiresPodman
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PodmanRuntimeTest {
    private final PodmanRuntime runtime = new PodmanRuntime();
    private final List<String> taskIds = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    @AfterEach
    void nothingLeftBehind() throws Exception {
        for (Thread thread : threads) {
            thread.interrupt();
            thread.join(30_000);
        }
        Podman podman = new Podman(List.of("podman"));
        for (String taskId : taskIds) {
            String filter = "label=" + PodmanRun.TASK_ID_LABEL + "=" + taskId;
            assertThat(podman.run(List.of("ps", "--all", "--quiet", "--filter", filter)).stdout())
                    .as("containers of task %s", taskId).isBlank();
            assertThat(podman.run(List.of("volume", "ls", "--quiet", "--filter", filter)).stdout())
                    .as("volumes of task %s", taskId).isBlank();
        }
    }

    @Test
    void runsAScriptWithItsEnvironmentAndReturnsItsOutput() throws Exception {
        RunRequest request = task().run("printf '%s/%s' \"$GREETING\" \"$TORK_TASK_ID\" > $TORK_OUTPUT")
                .env("GREETING", "hello world").build();

        assertThat(runtime.run(request, new RecordingRunListener()).result())
                .isEqualTo("hello world/" + request.taskId());
    }

    @Test
    void runsACommandWithAnEntrypoint() throws Exception {
        RunRequest request = task().entrypoint(List.of("sh", "-c")).cmd("printf cmd-ran > $TORK_OUTPUT").build();

        assertThat(runtime.run(request, new RecordingRunListener()).result()).isEqualTo("cmd-ran");
    }

    @Test
    void environmentValuesKeepSpacesQuotesAndLineBreaks() throws Exception {
        RunRequest request = task().run("printf '%s|%s' \"$A\" \"$B\" > $TORK_OUTPUT")
                .env(Map.of("A", "  two  spaces \"and\" 'quotes' #hash", "B", "line one\nline two")).build();

        assertThat(runtime.run(request, new RecordingRunListener()).result())
                .isEqualTo("  two  spaces \"and\" 'quotes' #hash|line one\nline two");
    }

    @Test
    void writesFilesIntoTheDefaultOrTheTasksOwnWorkdir() throws Exception {
        RunRequest defaultWorkdir = task().run("cat hello.txt > $TORK_OUTPUT; pwd >> $TORK_OUTPUT")
                .files(Map.of("hello.txt", "hi ")).build();
        RunRequest ownWorkdir = task().run("cat sub/a.txt > $TORK_OUTPUT; pwd >> $TORK_OUTPUT").workdir("/app")
                .files(Map.of("sub/a.txt", "there ")).build();

        assertThat(runtime.run(defaultWorkdir, new RecordingRunListener()).result()).isEqualTo("hi /tork/workdir\n");
        assertThat(runtime.run(ownWorkdir, new RecordingRunListener()).result()).isEqualTo("there /app\n");
    }

    @Test
    void preAndPostStepsShareTheVolumeAndRunInOrder() throws Exception {
        RunRequest pre = step().run("echo pre-step; printf from-pre > /data/x").build();
        RunRequest post = step().run("echo post-step; test -f /data/x").build();
        RunRequest request = task().run("echo main-step; cat /data/x > $TORK_OUTPUT")
                .mounts(List.of(new MountSpec("volume", null, "/data", null))).pre(List.of(pre)).post(List.of(post))
                .build();
        RecordingRunListener listener = new RecordingRunListener();

        assertThat(runtime.run(request, listener).result()).isEqualTo("from-pre");
        assertThat(listener.logs()).containsSubsequence("pre-step", "main-step", "post-step");
    }

    @Test
    void mountsATmpfsOfTheSizeAsked() throws Exception {
        RunRequest request = task().run("df -k /scratch | tail -1 | awk '{print $2}' > $TORK_OUTPUT")
                .mounts(List.of(new MountSpec("tmpfs", null, "/scratch", Map.of("size", "1m")))).build();

        assertThat(runtime.run(request, new RecordingRunListener()).result().strip()).isEqualTo("1024");
    }

    @Test
    void appliesTheMemoryLimit() throws Exception {
        RunRequest request = task().limits(new ResourceLimits(".5", "64m"))
                .run("cat /sys/fs/cgroup/memory.max 2>/dev/null || cat /sys/fs/cgroup/memory/memory.limit_in_bytes")
                .stdoutAsResult(true).build();

        assertThat(runtime.run(request, new RecordingRunListener()).result().strip()).isEqualTo("67108864");
    }

    @Test
    void aFailingStepGivesItsExitCodeAndLastLinesAndStopsTheRun() {
        RunRequest pre = step().run("echo pre-broke >&2; exit 7").build();
        RunRequest request = task().run("echo main-ran").pre(List.of(pre)).build();
        RecordingRunListener listener = new RecordingRunListener();

        assertThatThrownBy(() -> runtime.run(request, listener))
                .isInstanceOf(PodmanException.class)
                .hasMessage("exit code 7: pre-broke");
        assertThat(listener.logs()).doesNotContain("main-ran");
    }

    @Test
    void anUnknownImageSaysWhichImage() {
        RunRequest request = RunRequest.builder(newId(), newId(), 1).image("no-such/image:1").run("true").build();
        taskIds.add(request.taskId());

        assertThatThrownBy(() -> runtime.run(request, new RecordingRunListener()))
                .isInstanceOf(PodmanException.class)
                .hasMessageContaining("podman could not create the container")
                .hasMessageContaining("no-such/image:1");
    }

    @Test
    void aSeedTaskAnswersWithItsStandardOutputWhenItWritesNoOutputFile() throws Exception {
        RunRequest quiet = task().run("printf 'to stdout'; printf 'to stderr' >&2").stdoutAsResult(true)
                .pre(List.of(step().run("echo noise from pre").build())).build();
        RunRequest writing = task().run("printf noise; printf result > $TORK_OUTPUT").stdoutAsResult(true).build();

        assertThat(runtime.run(quiet, new RecordingRunListener()).result()).isEqualTo("to stdout");
        assertThat(runtime.run(writing, new RecordingRunListener()).result()).isEqualTo("result");
    }

    @Test
    void reportsProgressAndStreamsLogsWhileRunning() throws Exception {
        RunRequest request = task().run("echo first; echo 40 > $TORK_PROGRESS; sleep 3; echo second").build();
        RecordingRunListener listener = new RecordingRunListener();

        CompletableFuture<String> result = inBackground(request, listener);

        await().atMost(Duration.ofSeconds(30)).until(() -> listener.logs().contains("first"));
        assertThat(listener.logs()).doesNotContain("second");
        await().atMost(Duration.ofSeconds(30)).until(() -> listener.progress().contains(40.0));
        assertThat(result.get(30, TimeUnit.SECONDS)).isEmpty();
        assertThat(listener.logs()).contains("second");
    }

    @Test
    void anInterruptStopsTheContainerAndThrowsInterruptedException() throws Exception {
        RunRequest request = task().run("echo started; sleep 60")
                .mounts(List.of(new MountSpec("volume", null, "/data", null))).build();
        RecordingRunListener listener = new RecordingRunListener();

        CompletableFuture<String> result = inBackground(request, listener);
        await().atMost(Duration.ofSeconds(30)).until(() -> listener.logs().contains("started"));
        threads.getLast().interrupt();

        assertThatThrownBy(() -> result.get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(InterruptedException.class);
    }

    @Test
    void aRefusedMountCreatesNothing() {
        RunRequest request = task().run("true").mounts(List.of(new MountSpec("volume", null, "/data", null),
                new MountSpec("nfs", null, "/remote", null))).build();

        assertThatThrownBy(() -> runtime.run(request, new RecordingRunListener()))
                .hasMessage("unknown mount type: nfs");
    }

    @Test
    void isHealthyWhenPodmanAnswers() {
        assertThat(runtime.isHealthy()).isTrue();

        PodmanRuntime missing = new PodmanRuntime();
        missing.configure(Map.of("command", "/nonexistent/podman"));
        assertThat(missing.isHealthy()).isFalse();
    }

    private RunRequest.Builder task() {
        String taskId = newId();
        taskIds.add(taskId);
        return RunRequest.builder(taskId, newId(), 1).image(RequiresPodman.IMAGE).env("TORK_TASK_ID", taskId);
    }

    private static RunRequest.Builder step() {
        return RunRequest.builder(newId(), newId(), 1).image(RequiresPodman.IMAGE);
    }

    private CompletableFuture<String> inBackground(RunRequest request, RecordingRunListener listener) {
        CompletableFuture<String> result = new CompletableFuture<>();
        threads.add(Thread.ofPlatform().start(() -> {
            try {
                result.complete(runtime.run(request, listener).result());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }));
        return result;
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
