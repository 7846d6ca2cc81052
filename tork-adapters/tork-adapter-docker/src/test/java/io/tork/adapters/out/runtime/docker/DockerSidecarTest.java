package io.tork.adapters.out.runtime.docker;

import io.tork.contracts.runtime.RecordingListener;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import io.tork.application.port.out.RuntimeFailure;
import io.tork.domain.spec.Probe;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.Task;
import java.io.IOException;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Sidecars with HTTP probes (SPEC §5, reference §4.2) against a real Docker daemon. */
@RequiresDocker
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class DockerSidecarTest {
    private static final String IMAGE = DockerTaskRuntimeTest.IMAGE;
    private static final Duration AWAIT_LIMIT = Duration.ofSeconds(20);
    /** Serves {@code /www/index.html} on port 8080, with {@code $CONTENT} in it. */
    private static final String WEB_SERVER = "mkdir -p /www && printf '%s' \"$CONTENT\" > /www/index.html"
            + " && httpd -f -p 8080 -h /www";

    private static DockerTaskRuntime runtime;
    private static DockerClient docker;

    private final List<String> taskIds = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    @BeforeAll
    static void connect() {
        runtime = new DockerTaskRuntime(DockerRuntimeConfig.defaults());
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
        taskIds.forEach(id -> Leftovers.assertNoneFor(docker, id));
    }

    @Test
    void theMainTaskReachesAProbedSidecarByTheSlugOfItsName() throws Exception {
        Task task = task(script("wget -q -O - http://web-server:8080/index.html > $TORK_OUTPUT")
                .sidecars(List.of(webServer("Web Server", "hello from sidecar", new Probe("/index.html", 8080, null)))));

        assertThat(runtime.run(task, new RecordingListener())).isEqualTo("hello from sidecar");
        Leftovers.assertNoneFor(docker, task.id());
    }

    @Test
    void probesTheRootPathWhenTheProbeNamesNone() throws Exception {
        Task task = task(script("wget -q -O - http://web:8080/ > $TORK_OUTPUT")
                .sidecars(List.of(webServer("web", "root page", new Probe(null, 8080, "30s")))));

        assertThat(runtime.run(task, new RecordingListener())).isEqualTo("root page");
    }

    @Test
    void sharesTheTaskVolumesWithItsSidecars() throws Exception {
        TaskSpec sidecar = script("echo hello sidecar > /shared/note && mkdir -p /www && cp /shared/note /www/ready"
                + " && httpd -f -p 8080 -h /www")
                .name("writer").probe(new Probe("/ready", 8080, null)).build();
        Task task = task(script("cat /shared/note > $TORK_OUTPUT").volumes(List.of("/shared")).sidecars(List.of(sidecar)));

        assertThat(runtime.run(task, new RecordingListener())).isEqualTo("hello sidecar\n");
    }

    @Test
    void sendsSidecarOutputToTheListener() throws Exception {
        TaskSpec sidecar = script("echo sidecar-says-hi && " + WEB_SERVER)
                .name("chatty").env(Map.of("CONTENT", "x")).probe(new Probe("/", 8080, null)).build();
        Task task = task(script("echo main-says-hi").sidecars(List.of(sidecar)));
        RecordingListener recorder = new RecordingListener();

        runtime.run(task, recorder);

        assertThat(recorder.logs()).contains("sidecar-says-hi", "main-says-hi");
    }

    @Test
    void failsWhenTheProbeNeverPassesAndLeavesNothingBehind() {
        TaskSpec silent = script("sleep 60").name("silent").probe(new Probe("/", 8080, "2s")).build();
        Task task = task(script("echo main-ran").sidecars(List.of(silent)));
        RecordingListener recorder = new RecordingListener();

        assertThatThrownBy(() -> runtime.run(task, recorder))
                .isInstanceOf(RuntimeFailure.class)
                .hasMessage("sidecar 'silent' probe timed out after 2s");
        assertThat(recorder.logs()).doesNotContain("main-ran");
        Leftovers.assertNoneFor(docker, task.id());
    }

    @Test
    void failsWhenTheProbedSidecarStopsBeforeAnswering() {
        TaskSpec broken = script("echo cannot serve; exit 4").name("broken").probe(new Probe("/", 8080, "1m")).build();
        Task task = task(script("echo main-ran").sidecars(List.of(broken)));
        RecordingListener recorder = new RecordingListener();

        assertThatThrownBy(() -> runtime.run(task, recorder))
                .isInstanceOf(RuntimeFailure.class)
                .hasMessageStartingWith("sidecar 'broken' ")
                .hasMessageContaining("cannot serve");
        assertThat(recorder.logs()).doesNotContain("main-ran");
    }

    @Test
    void aSidecarWithoutProbeMayStopBeforeTheMainTaskEnds() throws Exception {
        TaskSpec shortLived = script("exit 3").name("short lived").build();
        Task task = task(script("printf done > $TORK_OUTPUT").sidecars(List.of(shortLived)));

        assertThat(runtime.run(task, new RecordingListener())).isEqualTo("done");
    }

    @Test
    void removesSidecarsAndTheirNetworkWhenTheMainTaskFails() {
        Task task = task(script("wget -q -O /dev/null http://web:8080/ && exit 5")
                .sidecars(List.of(webServer("web", "up", new Probe("/", 8080, null)))));

        assertThatThrownBy(() -> runtime.run(task, new RecordingListener()))
                .isInstanceOf(RuntimeFailure.class).hasMessageStartingWith("exit code 5");
        Leftovers.assertNoneFor(docker, task.id());
    }

    @Test
    void runsOnALabelledNetworkAndCleansUpWhenInterrupted() throws Exception {
        Task task = task(script("echo started; sleep 60")
                .sidecars(List.of(webServer("web", "up", new Probe("/", 8080, null)))));
        RecordingListener recorder = new RecordingListener();
        CompletableFuture<String> result = new CompletableFuture<>();
        Thread thread = inBackground(task, recorder, result);

        await().atMost(AWAIT_LIMIT).until(() -> recorder.logs().contains("started"));
        assertThat(labelled(task.id())).singleElement()
                .satisfies(network -> assertThat(network.getDriver()).isEqualTo("bridge"));
        assertThat(runningContainers(task.id())).as("sidecar and main container").hasSize(2);
        thread.interrupt();
        thread.join(AWAIT_LIMIT.toMillis());

        assertThat(thread.isAlive()).isFalse();
        assertThat(failureOf(result)).isInstanceOf(InterruptedException.class);
        Leftovers.assertNoneFor(docker, task.id());
    }

    @Test
    void keepsTheTaskOwnNetworksBesideTheSidecarNetwork() throws Exception {
        String network = "tork-test-" + UUID.randomUUID();
        docker.createNetworkCmd().withName(network).exec();
        try {
            Task task = task(script("ping -c 1 -W 2 main-task > /dev/null"
                    + " && wget -q -O - http://web:8080/ > $TORK_OUTPUT")
                    .name("Main Task").networks(List.of(network))
                    .sidecars(List.of(webServer("web", "both", new Probe("/", 8080, null)))));

            assertThat(runtime.run(task, new RecordingListener())).isEqualTo("both");
        } finally {
            docker.removeNetworkCmd(network).exec();
        }
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static TaskSpec webServer(String name, String content, Probe probe) {
        return script(WEB_SERVER).name(name).env(Map.of("CONTENT", content)).probe(probe).build();
    }

    private static TaskSpec.Builder script(String run) {
        return TaskSpec.builder().name("sidecar test").image(IMAGE).run(run);
    }

    private Task task(TaskSpec.Builder spec) {
        String id = UUID.randomUUID().toString().replace("-", "");
        TaskSpec built = spec.build();
        Map<String, String> env = new LinkedHashMap<>(built.env() == null ? Map.of() : built.env());
        env.put("TORK_TASK_ID", id);
        taskIds.add(id);
        return Task.pending(id, "job-" + id, null, 1, built.toBuilder().env(env).build(), Instant.now());
    }

    private static List<Network> labelled(String taskId) {
        return docker.listNetworksCmd()
                .withFilter("label", List.of(TaskResources.MANAGED_LABEL + "=true", TaskResources.TASK_ID_LABEL + "=" + taskId))
                .exec();
    }

    private static List<Container> runningContainers(String taskId) {
        return docker.listContainersCmd()
                .withLabelFilter(Map.of(TaskResources.MANAGED_LABEL, "true", TaskResources.TASK_ID_LABEL, taskId))
                .exec();
    }

    private Thread inBackground(Task task, RecordingListener recorder, CompletableFuture<String> result) {
        Thread thread = Thread.ofPlatform().name("sidecar-test-" + task.id()).start(() -> {
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
}
