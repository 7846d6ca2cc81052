package io.tork.adapters.out.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import io.tork.application.port.out.RuntimeFailure;
import io.tork.contracts.runtime.RecordingListener;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.Task;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What backs {@code /tork}: host directories or volumes, and how the runtime chooses (against a real daemon). */
@RequiresDocker
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class DockerTorkDirTest {
    private static final String IMAGE = DockerTaskRuntimeTest.IMAGE;
    private static final Duration AWAIT_LIMIT = Duration.ofSeconds(20);
    /** Writes where the container's {@code /tork} comes from, as the host names it, to the output. */
    static final String TORK_MOUNT_SOURCE = "grep ' /tork ' /proc/self/mountinfo | cut -d' ' -f4 | tr -d '\\n'"
            + " > $TORK_OUTPUT";
    private static final String LARGE_OUTPUT = "s=x; for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17; do s=\"$s$s\"; done;"
            + " printf '%s' \"$s\" > $TORK_OUTPUT";

    private static DockerClient docker;

    private final List<String> taskIds = new ArrayList<>();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final List<Path> toDelete = new ArrayList<>();

    @BeforeAll
    static void connect() {
        docker = DockerClients.connect(null);
    }

    @AfterAll
    static void disconnect() throws IOException {
        if (docker != null) {
            docker.close();
        }
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (AutoCloseable closeable : toClose.reversed()) {
            closeable.close();
        }
        taskIds.forEach(id -> Leftovers.assertNoneFor(docker, id));
        assertThat(docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(SharedDirectoryProbe.PROBE_LABEL, "true")).exec())
                .as("probe containers left").isEmpty();
        toDelete.forEach(DockerTorkDirTest::deleteTree);
    }

    @Test
    void autoUsesHostDirectoriesWhenTheDaemonSharesTheWorkersFilesystem() throws Exception {
        Path base = tempDir();
        DockerTaskRuntime runtime = runtime(TorkDirMode.AUTO, base);
        assertThat(runtime.torkDirMode(Duration.ZERO)).as("undecided before any container").isEqualTo(TorkDirMode.AUTO);

        assertThat(runtime.run(task(script("printf first > $TORK_OUTPUT")), new RecordingListener())).isEqualTo("first");
        assertThat(runtime.torkDirMode(AWAIT_LIMIT)).isEqualTo(TorkDirMode.BIND);

        // mountinfo's fourth field is the mounted directory: in the runtime's private folder, not a volume's.
        assertThat(runtime.run(task(script(TORK_MOUNT_SOURCE)), new RecordingListener()))
                .startsWith(privateFolder(base).toRealPath().toString() + "/tork-");
    }

    @Test
    void autoFallsBackToVolumesWhenTheDaemonCannotSeeTheWorkersDirectories() throws Exception {
        UnsharedWorker.requireAvailable();
        Path base = tempDir();
        String firstTask = newId();
        String secondTask = newId();
        taskIds.addAll(List.of(firstTask, secondTask));

        // The worker runs in a mount namespace of its own where base is a fresh tmpfs: what it writes there, the
        // daemon (in the host's namespace) never sees.
        UnsharedWorker.Outcome outcome = UnsharedWorker.run(base, firstTask, secondTask);

        assertThat(outcome.mode()).isEqualTo(TorkDirMode.VOLUME);
        assertThat(outcome.firstResult()).isEqualTo("first");
        assertThat(outcome.secondResult()).contains("/volumes/tork-tork-");
        assertThat(outcome.log()).contains("containers get Docker volumes as /tork (the daemon cannot mount");
    }

    @Test
    void hostDirectoriesAreDeletedAfterSuccessFailureAndCancellation() throws Exception {
        Path base = tempDir();
        DockerTaskRuntime runtime = runtime(TorkDirMode.BIND, base);

        runtime.run(task(script("printf ok > $TORK_OUTPUT").files(Map.of("in.txt", "x"))
                .pre(List.of(script("true").build())).post(List.of(script("true").build()))), new RecordingListener());
        Path folder = privateFolder(base);
        awaitEmpty(folder);

        assertThatThrownBy(() -> runtime.run(task(script("mkdir -p /tork/made/deep; exit 4")), new RecordingListener()))
                .isInstanceOf(RuntimeFailure.class).hasMessageStartingWith("exit code 4");
        awaitEmpty(folder);

        Task longTask = task(script("echo started; sleep 60"));
        RecordingListener listener = new RecordingListener();
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        Thread thread = Thread.ofPlatform().start(() -> {
            try {
                runtime.run(longTask, listener);
                failure.complete(null);
            } catch (Throwable e) {
                failure.complete(e);
            }
        });
        await().atMost(AWAIT_LIMIT).until(() -> listener.logs().contains("started"));
        try (Stream<Path> dirs = Files.list(folder)) {
            assertThat(dirs).as("the running task's /tork").hasSize(1);
        }
        thread.interrupt();
        thread.join(AWAIT_LIMIT.toMillis());
        assertThat(thread.isAlive()).isFalse();
        assertThat(failure.get()).isInstanceOf(InterruptedException.class);
        awaitEmpty(folder);

        runtime.close();
        assertThat(folder).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(value = TorkDirMode.class, names = {"BIND", "VOLUME"})
    void aTaskRunningAsAnotherUserWritesItsOutputAndProgress(TorkDirMode mode) throws Exception {
        DockerTaskRuntime runtime = runtime(mode, null);
        // The test image knows root only: add nobody, then become it (as root, su asks no password).
        Task task = task(script("echo 'nobody:x:65534:65534::/:/bin/sh' >> /etc/passwd && su -s /bin/sh nobody -c "
                + "'echo 30 > $TORK_PROGRESS && printf \"by $(id -u)\" > $TORK_OUTPUT'"));

        assertThat(runtime.run(task, new RecordingListener())).isEqualTo("by 65534");
    }

    @ParameterizedTest
    @EnumSource(value = TorkDirMode.class, names = {"BIND", "VOLUME"})
    void keepsTheFirst64KiBOfTheOutputAndSaysSo(TorkDirMode mode) throws Exception {
        DockerTaskRuntime runtime = runtime(mode, null);
        RecordingListener listener = new RecordingListener();

        assertThat(runtime.run(task(script(LARGE_OUTPUT)), listener)).isEqualTo("x".repeat(64 * 1024));
        assertThat(listener.logs()).contains("only the first 64 KiB are kept, the rest was dropped");
    }

    @ParameterizedTest
    @EnumSource(value = TorkDirMode.class, names = {"BIND", "VOLUME"})
    void putsFilesInTheDefaultWorkdirWithTheirModes(TorkDirMode mode) throws Exception {
        DockerTaskRuntime runtime = runtime(mode, null);
        Task task = task(script("stat -c '%a %n' /tork /tork/stdout /tork/progress /tork/entrypoint /tork/workdir"
                + " sub/b.txt a.txt > $TORK_OUTPUT; cat a.txt sub/b.txt >> $TORK_OUTPUT")
                .files(Map.of("a.txt", "A", "sub/b.txt", "B")));

        assertThat(runtime.run(task, new RecordingListener())).isEqualTo("""
                755 /tork
                666 /tork/stdout
                666 /tork/progress
                555 /tork/entrypoint
                777 /tork/workdir
                444 sub/b.txt
                444 a.txt
                AB""");
    }

    @ParameterizedTest
    @EnumSource(value = TorkDirMode.class, names = {"BIND", "VOLUME"})
    void putsFilesInAWorkdirOutsideTork(TorkDirMode mode) throws Exception {
        DockerTaskRuntime runtime = runtime(mode, null);
        Task task = task(script("printf \"$(pwd):$(cat sub/data.txt)\" > $TORK_OUTPUT")
                .workdir("/app").files(Map.of("sub/data.txt", "D")));

        assertThat(runtime.run(task, new RecordingListener())).isEqualTo("/app:D");
    }

    @ParameterizedTest
    @EnumSource(value = TorkDirMode.class, names = {"BIND", "VOLUME"})
    void neverReadsTheOutputThroughALink(TorkDirMode mode) throws Exception {
        DockerTaskRuntime runtime = runtime(mode, null);
        Path secret = tempDir().resolve("secret");
        Files.writeString(secret, "host secret");
        // Were the link followed on the worker's side, the result would be the host's file.
        Task task = task(script("rm $TORK_OUTPUT; ln -s " + secret + " $TORK_OUTPUT"));

        assertThat(runtime.run(task, new RecordingListener())).isEmpty();
    }

    @Test
    void seesNoexecMountsInTheMountTable() {
        List<String> mountInfo = List.of(
                "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw",
                "30 22 0:26 / /tmp rw,nosuid,nodev,noexec shared:5 - tmpfs tmpfs rw",
                "31 30 0:27 / /tmp/exec\\040ok rw,nosuid shared:6 - tmpfs tmpfs rw");

        assertThat(MountOptions.isNoExec(Path.of("/tmp/tork-docker-1"), mountInfo)).isTrue();
        assertThat(MountOptions.isNoExec(Path.of("/tmp/exec ok/tork"), mountInfo)).isFalse();
        assertThat(MountOptions.isNoExec(Path.of("/var/tmp"), mountInfo)).isFalse();
        assertThat(MountOptions.isNoExec(Path.of("/tmpfoo"), mountInfo)).isFalse();
    }

    @Test
    void seesWhetherSelinuxEnforces() throws IOException {
        Path dir = tempDir();
        Files.writeString(dir.resolve("enforcing"), "1");
        Files.writeString(dir.resolve("permissive"), "0");

        assertThat(SharedDirectoryProbe.isEnforcing(dir.resolve("enforcing"))).isTrue();
        assertThat(SharedDirectoryProbe.isEnforcing(dir.resolve("permissive"))).isFalse();
        assertThat(SharedDirectoryProbe.isEnforcing(dir.resolve("absent"))).isFalse();
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private DockerTaskRuntime runtime(TorkDirMode mode, Path base) {
        DockerTaskRuntime runtime = new DockerTaskRuntime(DockerRuntimeConfig.defaults().withTorkDir(mode, base));
        toClose.add(runtime);
        return runtime;
    }

    private Path tempDir() throws IOException {
        Path dir = Files.createTempDirectory("tork-torkdir-test");
        toDelete.add(dir);
        return dir;
    }

    /** The runtime's private folder in {@code base}, made at its first host directory. */
    private static Path privateFolder(Path base) throws IOException {
        try (Stream<Path> made = Files.list(base)) {
            List<Path> folders = made.filter(p -> p.getFileName().toString().startsWith("tork-docker-")).toList();
            assertThat(folders).hasSize(1);
            return folders.getFirst();
        }
    }

    private static void awaitEmpty(Path folder) {
        await().atMost(AWAIT_LIMIT).untilAsserted(() -> {
            try (Stream<Path> left = Files.list(folder)) {
                assertThat(left).as("host /tork directories left in %s", folder).isEmpty();
            }
        });
    }

    private static TaskSpec.Builder script(String run) {
        return TaskSpec.builder().name("tork dir test").image(IMAGE).run(run);
    }

    private Task task(TaskSpec.Builder spec) {
        String id = newId();
        taskIds.add(id);
        return task(id, spec);
    }

    /** The task as the worker hands it over: the worker's variables in its env. */
    static Task task(String id, TaskSpec.Builder spec) {
        TaskSpec built = spec.build();
        Map<String, String> env = new LinkedHashMap<>(built.env() == null ? Map.of() : built.env());
        env.put("TORK_TASK_ID", id);
        env.put("TORK_JOB_ID", "job-" + id);
        env.put("TORK_ATTEMPT", "1");
        return Task.pending(id, "job-" + id, null, 1, built.toBuilder().env(env).build(), Instant.now());
    }

    static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
