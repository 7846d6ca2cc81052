package io.tork.adapters.out.runtime.docker;

import io.tork.contracts.runtime.RecordingListener;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import io.tork.application.port.out.RuntimeFailure;
import io.tork.domain.spec.Limits;
import io.tork.domain.spec.Mount;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Docker runtime against a real daemon, with host directories as {@code /tork} (see DockerTorkDirTest too). */
@RequiresDocker
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DockerTaskRuntimeTest {
    static final String IMAGE = "tork-test/busybox:latest";
    private static final Duration AWAIT_LIMIT = Duration.ofSeconds(15);

    private static DockerTaskRuntime runtime;
    private static DockerClient docker;

    private final List<String> taskIds = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final List<Runnable> cleanups = new ArrayList<>();

    @BeforeAll
    static void connect() {
        runtime = new DockerTaskRuntime(DockerRuntimeConfig.defaults().withTorkDir(TorkDirMode.BIND, null));
        docker = DockerClients.connect(null);
    }

    @AfterAll
    static void disconnect() throws IOException {
        if (runtime != null) {
            runtime.close();
        }
        if (docker != null) {
            docker.close();
        }
    }

    @AfterEach
    void checkNothingLeftBehind() throws InterruptedException {
        for (Thread thread : threads) {
            thread.interrupt();
            thread.join(AWAIT_LIMIT.toMillis());
            assertThat(thread.isAlive()).as("task run still going after an interrupt").isFalse();
        }
        cleanups.forEach(Runnable::run);
        taskIds.forEach(id -> Leftovers.assertNoneFor(docker, id));
    }

    @Test
    void returnsWhatTheScriptWroteToTorkOutput() throws Exception {
        assertThat(runtime.run(task(script("printf 'hello world' > $TORK_OUTPUT")), new RecordingListener()))
                .isEqualTo("hello world");
    }

    @Test
    void runsTheGivenCmdWithTheImageEntrypoint() throws Exception {
        Task task = task(spec().cmd("sh", "-c", "printf cmd-ran > $TORK_OUTPUT"));

        assertThat(runtime.run(task, new RecordingListener())).isEqualTo("cmd-ran");
    }

    @Test
    void runsTheGivenEntrypoint() throws Exception {
        Task task = task(spec().entrypoint(List.of("/bin/sh", "-c", "printf \"entry:$0\" > $TORK_OUTPUT")).cmd("arg"));

        assertThat(runtime.run(task, new RecordingListener())).isEqualTo("entry:arg");
    }

    @Test
    void passesTheEnvironment() throws Exception {
        Task task = task(script("printf '%s|%s' \"$GREETING\" \"$TORK_PROGRESS\" > $TORK_OUTPUT")
                .env(Map.of("GREETING", "hi there")));

        assertThat(runtime.run(task, new RecordingListener())).isEqualTo("hi there|/tork/progress");
    }

    @Test
    void writesFilesIntoTheDefaultWorkdir() throws Exception {
        Task task = task(script("printf \"$(pwd):$(cat data.txt)\" > $TORK_OUTPUT").files(Map.of("data.txt", "D")));

        assertThat(runtime.run(task, new RecordingListener())).isEqualTo("/tork/workdir:D");
    }

    @Test
    void writesFilesIntoTheGivenWorkdir() throws Exception {
        Task task = task(script("printf \"$(pwd):$(cat sub/data.txt)\" > $TORK_OUTPUT")
                .workdir("/app").files(Map.of("sub/data.txt", "D")));

        assertThat(runtime.run(task, new RecordingListener())).isEqualTo("/app:D");
    }

    @Test
    void sharesVolumesBetweenPreMainAndPostTasks() throws Exception {
        Task task = task(script("cat /shared/note > $TORK_OUTPUT; echo from-main >> /shared/note")
                .volumes(List.of("/shared"))
                .pre(List.of(script("echo from-pre > /shared/note").build()))
                .post(List.of(script("echo \"post sees: $(cat /shared/note | tr '\\n' ' ')\"").build())));
        RecordingListener recorder = new RecordingListener();

        assertThat(runtime.run(task, recorder)).isEqualTo("from-pre\n");
        assertThat(recorder.logs()).contains("post sees: from-pre from-main");
    }

    @Test
    void givesPreAndPostTasksTheWorkerVariables() throws Exception {
        Task task = task(script("true")
                .post(List.of(script("echo \"post-id=$TORK_TASK_ID\"").build())));
        RecordingListener recorder = new RecordingListener();

        runtime.run(task, recorder);

        assertThat(recorder.logs()).contains("post-id=" + task.id());
    }

    @Test
    void failsWithTheExitCodeAndTheLastTenLines() {
        Task task = task(script("for i in 1 2 3 4 5 6 7 8 9 10 11 12; do echo line-$i; done; exit 3"));

        assertThatThrownBy(() -> runtime.run(task, new RecordingListener()))
                .isInstanceOf(RuntimeFailure.class)
                .hasMessage("exit code 3: line-3\nline-4\nline-5\nline-6\nline-7\nline-8\nline-9\nline-10\n"
                        + "line-11\nline-12");
    }

    @Test
    void includesStandardErrorInTheFailureMessage() {
        Task task = task(script("echo oops >&2; exit 1"));

        assertThatThrownBy(() -> runtime.run(task, new RecordingListener()))
                .isInstanceOf(RuntimeFailure.class).hasMessage("exit code 1: oops");
    }

    @Test
    void aFailingPostTaskFailsTheRun() {
        Task task = task(script("true").post(List.of(script("exit 7").build())));

        assertThatThrownBy(() -> runtime.run(task, new RecordingListener()))
                .isInstanceOf(RuntimeFailure.class).hasMessageStartingWith("exit code 7");
    }

    @Test
    void failsWithThePullErrorWhenTheImageCannotBePulled() {
        Task task = task(script("true").image("nosuch/image:1"));

        assertThatThrownBy(() -> runtime.run(task, new RecordingListener()))
                .isInstanceOf(RuntimeFailure.class)
                .hasMessageStartingWith("failed to pull image 'nosuch/image:1': ")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeGreaterThan("failed to pull image 'nosuch/image:1': ".length()));
    }

    @Test
    void doesNotPullWhenThePolicyIsNever() throws IOException {
        try (DockerTaskRuntime never = new DockerTaskRuntime(
                DockerRuntimeConfig.defaults().withImagePullPolicy(ImagePullPolicy.NEVER))) {
            Task task = task(script("true").image("nosuch/image:1"));

            assertThatThrownBy(() -> never.run(task, new RecordingListener()))
                    .isInstanceOf(RuntimeFailure.class)
                    .hasMessage("image 'nosuch/image:1' is not present and the image pull policy is never");
        }
    }

    @Test
    void aTaskWhoseImageWasRemovedSinceItWasSeenFailsWithThePolicysReason() throws Exception {
        String repository = "tork-test/vanishing-" + UUID.randomUUID().toString().substring(0, 8);
        String image = repository + ":latest";
        docker.tagImageCmd(IMAGE, repository, "latest").exec();
        cleanups.add(() -> removeImageQuietly(image));
        try (DockerTaskRuntime never = new DockerTaskRuntime(
                DockerRuntimeConfig.defaults().withImagePullPolicy(ImagePullPolicy.NEVER))) {
            assertThat(never.run(task(script("printf seen > $TORK_OUTPUT").image(image)), new RecordingListener()))
                    .isEqualTo("seen");
            removeImageQuietly(image);

            // The runtime remembers the image as present; the creation finds it gone and looks again.
            Task task = task(script("true").image(image));
            assertThatThrownBy(() -> never.run(task, new RecordingListener()))
                    .isInstanceOf(RuntimeFailure.class)
                    .hasMessage("image '" + image + "' is not present and the image pull policy is never");
        }
    }

    @Test
    void appliesCpuMemoryAndPidsLimits() throws Exception {
        Task task = task(script("""
                mem=$(cat /sys/fs/cgroup/memory.max 2>/dev/null || cat /sys/fs/cgroup/memory/memory.limit_in_bytes)
                cpu=$(cat /sys/fs/cgroup/cpu.max 2>/dev/null || cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us)
                pids=$(cat /sys/fs/cgroup/pids.max 2>/dev/null || cat /sys/fs/cgroup/pids/pids.max)
                printf '%s|%s|%s' "$mem" "$cpu" "$pids" > $TORK_OUTPUT
                """).limits(new Limits(".5", "10m")));

        // cgroup v1 shows the CPU quota alone, v2 shows "quota period".
        assertThat(runtime.run(task, new RecordingListener())).matches("10485760\\|50000( 100000)?\\|1024");
    }

    @Test
    void refusesLimitsItCannotRead() {
        Task badCpus = task(script("true").limits(new Limits("lots", null)));
        Task badMemory = task(script("true").limits(new Limits(null, "10 parsecs")));

        assertThatThrownBy(() -> runtime.run(badCpus, new RecordingListener()))
                .isInstanceOf(RuntimeFailure.class).hasMessageStartingWith("invalid limits.cpus");
        assertThatThrownBy(() -> runtime.run(badMemory, new RecordingListener()))
                .isInstanceOf(RuntimeFailure.class).hasMessageStartingWith("invalid limits.memory");
    }

    @Test
    void hardensContainersByDefault() throws Exception {
        Task task = task(script("grep -E '^(NoNewPrivs|CapEff):' /proc/self/status > $TORK_OUTPUT"));

        String status = runtime.run(task, new RecordingListener());

        assertThat(status).contains("NoNewPrivs:\t1");
        // Exactly Docker's default set: CHOWN DAC_OVERRIDE FOWNER FSETID KILL SETGID SETUID SETPCAP
        // NET_BIND_SERVICE NET_RAW SYS_CHROOT MKNOD AUDIT_WRITE SETFCAP, far from all ones.
        assertThat(status).contains("CapEff:\t00000000a80425fb");
    }

    @Test
    void keepsOnlyTheCapabilitiesTheOperatorLists() throws Exception {
        DockerRuntimeConfig onlyChown = new DockerRuntimeConfig(false, 64, false, List.of(), null,
                ImagePullPolicy.IF_NOT_PRESENT, true, List.of("CAP_CHOWN"));
        try (DockerTaskRuntime strict = new DockerTaskRuntime(onlyChown)) {
            Task task = task(script("grep -E '^CapEff:' /proc/self/status > $TORK_OUTPUT"));

            assertThat(strict.run(task, new RecordingListener())).contains("CapEff:\t0000000000000001");
        }
    }

    @Test
    void killsTheContainerAndThrowsInterruptedExceptionOnInterrupt() throws Exception {
        Task task = task(script("echo started; sleep 60"));
        RecordingListener recorder = new RecordingListener();
        CompletableFuture<String> result = new CompletableFuture<>();
        Thread thread = inBackground(task, recorder, result);

        await().atMost(AWAIT_LIMIT).until(() -> recorder.logs().contains("started"));
        thread.interrupt();
        thread.join(AWAIT_LIMIT.toMillis());

        assertThat(thread.isAlive()).isFalse();
        assertThat(failureOf(result)).isInstanceOf(InterruptedException.class);
        Leftovers.assertNoneFor(docker, task.id());
    }

    @Test
    void streamsLogsWhileTheContainerRuns() {
        Task task = task(script("echo first-line; sleep 3; echo second-line"));
        RecordingListener recorder = new RecordingListener();
        CompletableFuture<String> result = new CompletableFuture<>();
        inBackground(task, recorder, result);

        await().atMost(AWAIT_LIMIT).until(() -> recorder.logs().contains("first-line"));
        assertThat(result).isNotDone();
        assertThat(recorder.logs()).doesNotContain("second-line");
        await().atMost(AWAIT_LIMIT).until(result::isDone);
        assertThat(recorder.logs()).contains("second-line");
    }

    @Test
    void reportsProgress() {
        Task task = task(script("echo 25 > $TORK_PROGRESS; sleep 3; echo 75 > $TORK_PROGRESS; sleep 3"));
        RecordingListener recorder = new RecordingListener();
        CompletableFuture<String> result = new CompletableFuture<>();
        inBackground(task, recorder, result);

        await().atMost(AWAIT_LIMIT).until(() -> recorder.progress().contains(75.0));
        await().atMost(AWAIT_LIMIT).until(result::isDone);
        // Only changes are reported; whether the poll saw 25 before it became 75 depends on timing.
        assertThat(recorder.progress()).isSubsetOf(25.0, 75.0).doesNotHaveDuplicates().endsWith(75.0);
    }

    @Test
    void keepsTheFirst64KiBOfTheResultAndSaysSo() throws Exception {
        Task task = task(script("s=x; for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17; do s=\"$s$s\"; done; "
                + "printf '%s' \"$s\" > $TORK_OUTPUT"));
        RecordingListener recorder = new RecordingListener();

        assertThat(runtime.run(task, recorder)).isEqualTo("x".repeat(65536));
        assertThat(recorder.logs()).contains("the rest was dropped");
    }

    @Test
    void mountsTmpfs() throws Exception {
        Task task = task(script("grep ' /scratch ' /proc/mounts | cut -d' ' -f3 > $TORK_OUTPUT")
                .mounts(List.of(new Mount("tmpfs", null, "/scratch", null))));

        assertThat(runtime.run(task, new RecordingListener())).isEqualTo("tmpfs\n");
    }

    @Test
    void refusesBindMountsByDefault() {
        Task task = task(script("true").mounts(List.of(new Mount("bind", "/tmp", "/host", null))));

        assertThatThrownBy(() -> runtime.run(task, new RecordingListener()))
                .isInstanceOf(RuntimeFailure.class).hasMessage("bind mounts are not allowed");
    }

    @Test
    void bindMountsAnAllowedSource() throws Exception {
        Path dir = Files.createTempDirectory("tork-bind");
        cleanups.add(() -> deleteTree(dir));
        Files.writeString(dir.resolve("in.txt"), "from-host");
        try (DockerTaskRuntime allowing = new DockerTaskRuntime(
                DockerRuntimeConfig.defaults().withBindMounts(true, List.of(dir.toString())))) {
            Task task = task(script("cat /host/in.txt > $TORK_OUTPUT")
                    .mounts(List.of(new Mount("bind", dir.toString(), "/host", null))));

            assertThat(allowing.run(task, new RecordingListener())).isEqualTo("from-host");
        }
    }

    @Test
    void refusesUnknownMountTypes() {
        Task task = task(script("true").mounts(List.of(new Mount("nfs", "server:/x", "/x", null))));

        assertThatThrownBy(() -> runtime.run(task, new RecordingListener()))
                .isInstanceOf(RuntimeFailure.class).hasMessage("unknown mount type: nfs");
    }

    @Test
    void attachesToNetworksWithTheTaskNameAsAlias() throws Exception {
        String network = "tork-test-" + UUID.randomUUID();
        docker.createNetworkCmd().withName(network).exec();
        cleanups.add(() -> docker.removeNetworkCmd(network).exec());
        Task task = task(script("ping -c 1 -W 2 my-pinger > /dev/null && printf reachable > $TORK_OUTPUT")
                .name("My Pinger").networks(List.of(network)));

        assertThat(runtime.run(task, new RecordingListener())).isEqualTo("reachable");
    }

    @Test
    void failsOnAnUnknownNetwork() {
        Task task = task(script("true").networks(List.of("tork-no-such-network")));

        assertThatThrownBy(() -> runtime.run(task, new RecordingListener()))
                .isInstanceOf(RuntimeFailure.class).hasMessage("network not found: tork-no-such-network");
    }

    @Test
    void isHealthyWhenTheDaemonAnswers() throws IOException {
        assertThat(runtime.isHealthy()).isTrue();
        assertThat(runtime.name()).isEqualTo("docker");
        try (DockerTaskRuntime nowhere = new DockerTaskRuntime(
                DockerRuntimeConfig.defaults().withDockerHost("unix:///nonexistent/docker.sock"))) {
            assertThat(nowhere.isHealthy()).isFalse();
        }
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static TaskSpec.Builder spec() {
        return TaskSpec.builder().name("docker runtime test").image(IMAGE);
    }

    private static TaskSpec.Builder script(String run) {
        return spec().run(run);
    }

    /** The task as the worker hands it over: the worker's variables in its env. */
    private Task task(TaskSpec.Builder spec) {
        String id = UUID.randomUUID().toString().replace("-", "");
        TaskSpec built = spec.build();
        Map<String, String> env = new LinkedHashMap<>(built.env() == null ? Map.of() : built.env());
        env.put("TORK_TASK_ID", id);
        env.put("TORK_JOB_ID", "job-" + id);
        env.put("TORK_ATTEMPT", "1");
        taskIds.add(id);
        return Task.pending(id, "job-" + id, null, 1, built.toBuilder().env(env).build(), Instant.now());
    }

    private Thread inBackground(Task task, RecordingListener recorder, CompletableFuture<String> result) {
        Thread thread = Thread.ofPlatform().name("docker-test-" + task.id()).start(() -> {
            try {
                result.complete(runtime.run(task, recorder));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        threads.add(thread);
        return thread;
    }

    private static Throwable failureOf(CompletableFuture<String> result) throws InterruptedException {
        try {
            result.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    private static void removeImageQuietly(String image) {
        try {
            docker.removeImageCmd(image).exec();
        } catch (com.github.dockerjava.api.exception.NotFoundException gone) {
            // Already untagged.
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
