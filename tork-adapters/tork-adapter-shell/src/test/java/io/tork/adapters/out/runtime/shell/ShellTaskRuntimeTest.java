package io.tork.adapters.out.runtime.shell;

import io.tork.contracts.runtime.RecordingListener;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tork.application.port.out.RuntimeFailure;
import io.tork.domain.spec.Limits;
import io.tork.domain.spec.Mount;
import io.tork.domain.spec.Registry;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.Task;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ShellTaskRuntimeTest {
    private static final Duration AWAIT_LIMIT = Duration.ofSeconds(10);

    private final ShellTaskRuntime runtime = new ShellTaskRuntime(ShellRuntimeConfig.defaults(), Duration.ofMillis(100));
    private final TempDirs tempDirs = TempDirs.snapshot();
    private Thread background;

    @AfterEach
    void stopBackgroundRunAndCheckNothingLeftBehind() throws InterruptedException {
        if (background != null && background.isAlive()) {
            background.interrupt();
            background.join(AWAIT_LIMIT.toMillis());
        }
        assertThat(tempDirs.createdSince()).as("task directories left behind").isEmpty();
    }

    static Stream<Arguments> containerOnlyFields() {
        return Stream.of(
                rejected("image is not supported on the shell runtime", b -> b.image("busybox")),
                rejected("cmd is not supported on the shell runtime", b -> b.cmd("echo", "hi")),
                rejected("entrypoint is not supported on the shell runtime", b -> b.entrypoint(List.of("sh"))),
                rejected("mounts are not supported on the shell runtime", b -> b.mounts(List.of(Mount.volume("/data")))),
                rejected("volumes are not supported on the shell runtime", b -> b.volumes(List.of("/data"))),
                rejected("limits are not supported on the shell runtime", b -> b.limits(new Limits("1", null))),
                rejected("networks are not supported on the shell runtime", b -> b.networks(List.of("net"))),
                rejected("registry is not supported on the shell runtime", b -> b.registry(new Registry("u", "p"))),
                rejected("sidecars are not supported on the shell runtime",
                        b -> b.sidecars(List.of(TaskSpec.builder().run("echo").build()))),
                rejected("gpus are not supported on the shell runtime", b -> b.gpus("all")));
    }

    private static Arguments rejected(String message, UnaryOperator<TaskSpec.Builder> field) {
        return Arguments.of(message, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("containerOnlyFields")
    void rejectsContainerOnlyFields(String message, UnaryOperator<TaskSpec.Builder> field) {
        Task task = task(field.apply(script("echo ran > $TORK_OUTPUT; echo ran")));
        RecordingListener listener = new RecordingListener();

        assertThatThrownBy(() -> runtime.run(task, listener))
                .isInstanceOf(RuntimeFailure.class)
                .hasMessage(message);
        assertThat(listener.logs()).doesNotContain("ran");
    }

    @Test
    void namesEveryUnsupportedFieldAndWhichPreOrPostTaskHasIt() {
        Task task = task(script("echo main")
                .image("busybox")
                .post(List.of(script("echo post").networks(List.of("net")).build())));

        assertThatThrownBy(() -> runtime.run(task, new RecordingListener()))
                .isInstanceOf(RuntimeFailure.class)
                .hasMessage("image is not supported on the shell runtime; "
                        + "post[0]: networks are not supported on the shell runtime");
    }

    /**
     * A script written while another task's process starts used to be refused now and then ("Text file busy":
     * about one run in a thousand with 16 at once). Hundreds of runs at once make a regression show.
     */
    @Test
    void manyScriptsStartingAtOnceAllRun() throws Exception {
        int runs = 800;
        List<CompletableFuture<String>> results = new java.util.ArrayList<>();
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < runs; i++) {
                String expected = "run-" + i;
                results.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return runtime.run(task(script("printf " + expected + " > $TORK_OUTPUT")), new RecordingListener());
                    } catch (RuntimeFailure | InterruptedException e) {
                        return "failed: " + e.getMessage();
                    }
                }, threads));
            }
        }
        for (int i = 0; i < runs; i++) assertThat(results.get(i).get()).isEqualTo("run-" + i);
    }

    @Test
    void acceptsEmptyContainerFields() throws Exception {
        Task task = task(script("printf ok > $TORK_OUTPUT")
                .image(" ").mounts(List.of()).volumes(List.of()).networks(List.of()).limits(new Limits(null, ""))
                .sidecars(List.of()));

        assertThat(runtime.run(task, new RecordingListener())).isEqualTo("ok");
    }

    @Test
    void keepsTheWorkersOtherEnvironmentVariablesFromTheScript() throws Exception {
        Set<String> allowed = Set.of("PATH", "HOME", "LANG", "TMPDIR");
        Set<String> shellOwn = Set.of("PWD", "OLDPWD", "SHLVL", "_");
        Set<String> workerOnly = System.getenv().keySet().stream()
                .filter(name -> !allowed.contains(name) && !shellOwn.contains(name))
                .collect(Collectors.toSet());
        assertThat(workerOnly).as("host variables the test can look for").isNotEmpty();
        Task task = task(script("env > $TORK_OUTPUT").env(Map.of("GREETING", "hi")));

        String result = runtime.run(task, new RecordingListener());

        Set<String> seen = Arrays.stream(result.split("\n"))
                .filter(line -> line.contains("="))
                .map(line -> line.substring(0, line.indexOf('=')))
                .collect(Collectors.toSet());
        assertThat(seen).contains("GREETING", "TORK_TASK_ID", "TORK_OUTPUT", "TORK_PROGRESS", "PATH")
                .doesNotContainAnyElementsOf(workerOnly)
                .doesNotContain("JAVA_HOME");
    }

    @Test
    void failureMessageHoldsTheExitCodeAndOnlyTheLastTenLines() {
        Task task = task(script("for i in 01 02 03 04 05 06 07 08 09 10 11 12; do echo line-$i; done; exit 7"));

        assertThatThrownBy(() -> runtime.run(task, new RecordingListener()))
                .isInstanceOf(RuntimeFailure.class)
                .hasMessageStartingWith("exit code 7: line-03\n")
                .hasMessageEndingWith("line-12")
                .message().doesNotContain("line-02");
    }

    @Test
    void failureOfAPostTaskSaysWhichOne() {
        Task task = task(script("echo main").post(List.of(script("echo first-post").build(),
                script("echo second-post; exit 4").build())));

        assertThatThrownBy(() -> runtime.run(task, new RecordingListener()))
                .isInstanceOf(RuntimeFailure.class)
                .hasMessage("post[1]: exit code 4: second-post");
    }

    @Test
    void startsInTheGivenWorkdir(@TempDir Path workdir) throws Exception {
        Task task = task(script("pwd > $TORK_OUTPUT").workdir(workdir.toString()));

        assertThat(runtime.run(task, new RecordingListener()).trim()).isEqualTo(workdir.toRealPath().toString());
    }

    @Test
    void failsClearlyWhenTheWorkdirDoesNotExist(@TempDir Path parent) {
        String missing = parent.resolve("missing").toString();
        Task task = task(script("echo hi").workdir(missing));

        assertThatThrownBy(() -> runtime.run(task, new RecordingListener()))
                .isInstanceOf(RuntimeFailure.class)
                .hasMessage("workdir " + missing + " is not a directory on this host");
    }

    @Test
    void keepsFilesInsideTheWorkingDirectory() {
        Task task = task(script("echo hi").files(Map.of("../escape.txt", "x")));

        assertThatThrownBy(() -> runtime.run(task, new RecordingListener()))
                .isInstanceOf(RuntimeFailure.class)
                .hasMessage("file name must stay inside the working directory: ../escape.txt");
    }

    @Test
    void filesMayNotClobberTheRuntimesOwnFiles() throws Exception {
        Task task = task(script("printf main > $TORK_OUTPUT; cat stdout >> $TORK_OUTPUT")
                .files(Map.of("stdout", "-file", "sub/dir.txt", "nested")));

        assertThat(runtime.run(task, new RecordingListener())).isEqualTo("main-file");
    }

    @Test
    void cutsTheResultAt64KiBWithoutSplittingACharacter() throws Exception {
        // 65535 'x' then a 2-byte 'é': the character would straddle the limit.
        Task task = task(script("s=x; for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do s=\"$s$s\"; done; "
                + "printf '%s' \"${s#x}\" > $TORK_OUTPUT; printf '\\303\\251' >> $TORK_OUTPUT"));

        assertThat(runtime.run(task, new RecordingListener())).isEqualTo("x".repeat(65535));
    }

    @Test
    void reportsEachNewProgressValueClampedTo100() {
        Task task = task(script("echo 20 > $TORK_PROGRESS; sleep 1; echo 150 > $TORK_PROGRESS; sleep 1"));
        RecordingListener listener = new RecordingListener();

        CompletableFuture<String> run = startInBackground(task, listener);

        await().atMost(AWAIT_LIMIT).until(run::isDone);
        assertThat(listener.progress()).containsExactly(20.0, 100.0);
    }

    @Test
    void removesTheTaskDirectoryAfterSuccessAndFailure() throws Exception {
        runtime.run(task(script("echo ok")), new RecordingListener());
        assertThat(tempDirs.createdSince()).isEmpty();

        assertThatThrownBy(() -> runtime.run(task(script("exit 1")), new RecordingListener()))
                .isInstanceOf(RuntimeFailure.class);
        assertThat(tempDirs.createdSince()).isEmpty();
    }

    @Test
    void interruptKillsEveryProcessTheScriptStartedAndRemovesTheDirectory() throws Exception {
        Task task = task(script("sleep 60 & sleep 60"));

        CompletableFuture<String> run = startInBackground(task, new RecordingListener());
        await().atMost(AWAIT_LIMIT).until(() -> sleepsStartedByThisJvm().size() == 2);
        List<ProcessHandle> sleeps = sleepsStartedByThisJvm();
        assertThat(tempDirs.createdSince()).hasSize(1);
        background.interrupt();

        await().atMost(AWAIT_LIMIT).until(run::isDone);
        assertThat(failureOf(run)).isInstanceOf(InterruptedException.class);
        await().atMost(AWAIT_LIMIT).untilAsserted(() -> assertThat(sleeps).noneMatch(ProcessHandle::isAlive));
        assertThat(tempDirs.createdSince()).isEmpty();
    }

    @Test
    void killsBackgroundProcessesTheScriptLeftBehind() throws Exception {
        Task task = task(script("sleep 60 & echo $! > $TORK_OUTPUT"));

        String pid = runtime.run(task, new RecordingListener()).trim();

        Optional<ProcessHandle> leftover = ProcessHandle.of(Long.parseLong(pid));
        await().atMost(AWAIT_LIMIT).until(() -> leftover.map(p -> !p.isAlive()).orElse(true));
    }

    @Test
    void refusesToStartWhenAUserSwitchIsConfiguredButSetprivIsMissing() {
        ShellRuntimeConfig asNobody = ShellRuntimeConfig.defaults().withUser(65534, 65534);

        assertThatThrownBy(() -> new ShellTaskRuntime(asNobody, Duration.ofSeconds(1), program -> Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("setpriv");
    }

    @Test
    void runsTheScriptAsTheConfiguredUserAndGroup() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "switching users needs a worker running as root");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv (util-linux) is not installed");
        ShellTaskRuntime asNobody = new ShellTaskRuntime(ShellRuntimeConfig.defaults().withUser(65534, 65534));
        Task task = task(script("printf '%s:%s' \"$(id -u)\" \"$(id -g)\" > $TORK_OUTPUT").files(Map.of("a", "b")));

        assertThat(asNobody.run(task, new RecordingListener())).isEqualTo("65534:65534");
    }

    @Test
    void isNamedShell() {
        assertThat(runtime.name()).isEqualTo("shell");
    }

    private List<ProcessHandle> sleepsStartedByThisJvm() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/sleep")).orElse(false))
                .toList();
    }

    private CompletableFuture<String> startInBackground(Task task, RecordingListener listener) {
        CompletableFuture<String> result = new CompletableFuture<>();
        background = Thread.ofPlatform().start(() -> {
            try {
                result.complete(runtime.run(task, listener));
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        });
        return result;
    }

    private static Throwable failureOf(CompletableFuture<String> run) throws InterruptedException {
        try {
            run.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    private static TaskSpec.Builder script(String run) {
        return TaskSpec.builder().name("shell test").run(run);
    }

    private static Task task(TaskSpec.Builder spec) {
        String id = UUID.randomUUID().toString().replace("-", "");
        Map<String, String> env = new HashMap<>(spec.build().env() == null ? Map.of() : spec.build().env());
        env.put("TORK_TASK_ID", id);
        env.put("TORK_JOB_ID", "job-" + id);
        env.put("TORK_ATTEMPT", "1");
        return Task.pending(id, "job-" + id, null, 1, spec.env(env).build(), Instant.now());
    }
}
