package io.tork.adapters.out.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.port.out.RuntimeFailure;
import io.tork.contracts.runtime.RecordingListener;
import io.tork.domain.spec.Limits;
import io.tork.domain.spec.Mount;
import io.tork.domain.spec.Registry;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.Task;
import io.tork.plugin.api.MountSpec;
import io.tork.plugin.api.ResourceLimits;
import io.tork.plugin.api.RunListener;
import io.tork.plugin.api.RunOutcome;
import io.tork.plugin.api.RunRequest;
import io.tork.plugin.api.RuntimePlugin;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The bridge from the engine's runtime port to a plugin: what the plugin receives and how its answers come back. */
class PluginTaskRuntimeTest {
    private final FakePlugin plugin = new FakePlugin();
    private final PluginTaskRuntime runtime = new PluginTaskRuntime(plugin, "fake", BindMountPolicy.none());

    @Test
    void theRequestCarriesTheTaskAndItsStepsInheritImageLimitsNetworksAndWorkerVariables() throws Exception {
        TaskSpec spec = TaskSpec.builder().name("main").image("busybox").run("echo main")
                .env(Map.of("TORK_TASK_ID", "t1", "TORK_JOB_ID", "j1", "TORK_ATTEMPT", "2", "OWN", "x"))
                .files(Map.of("a.txt", "content")).workdir("/app").limits(new Limits("1", "64m")).timeout("30s")
                .networks(List.of("net")).volumes(List.of("/data"))
                .pre(List.of(TaskSpec.builder().name("pre").run("echo pre").env(Map.of("PRE", "p")).build()))
                .post(List.of(TaskSpec.builder().name("post").image("alpine").cmd("true").build()))
                .build();

        runtime.run(task(spec, true), new RecordingListener());

        RunRequest request = plugin.received.get();
        assertThat(request.taskId()).isEqualTo("t1");
        assertThat(request.jobId()).isEqualTo("j1");
        assertThat(request.attempt()).isEqualTo(2);
        assertThat(request.image()).isEqualTo("busybox");
        assertThat(request.run()).isEqualTo("echo main");
        assertThat(request.env()).containsEntry("OWN", "x");
        assertThat(request.files()).containsEntry("a.txt", "content");
        assertThat(request.workdir()).isEqualTo("/app");
        assertThat(request.limits()).isEqualTo(new ResourceLimits("1", "64m"));
        assertThat(request.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(request.networks()).containsExactly("net");
        assertThat(request.mounts()).containsExactly(new MountSpec("volume", null, "/data", null));
        assertThat(request.stdoutAsResult()).isTrue();

        RunRequest pre = request.pre().getFirst();
        assertThat(pre.image()).isEqualTo("busybox");
        assertThat(pre.env()).containsEntry("PRE", "p").containsEntry("TORK_TASK_ID", "t1").doesNotContainKey("OWN");
        assertThat(pre.limits()).isEqualTo(request.limits());
        assertThat(pre.networks()).containsExactly("net");
        assertThat(pre.mounts()).isEmpty();
        assertThat(pre.stdoutAsResult()).isFalse();
        assertThat(request.post().getFirst().image()).isEqualTo("alpine");
    }

    @Test
    void theResultLogsAndProgressComeBack() throws Exception {
        plugin.answer = (request, listener) -> {
            listener.log("working\n");
            listener.progress(42);
            listener.progress(Double.NaN);
            return new RunOutcome("done");
        };
        RecordingListener listener = new RecordingListener();

        assertThat(runtime.run(task(aTask().build(), false), listener)).isEqualTo("done");
        assertThat(listener.logs()).isEqualTo("working\n");
        assertThat(listener.progress()).containsExactly(42.0);
    }

    @Test
    void reportsAfterTheRunReturnedAreDropped() throws Exception {
        AtomicReference<RunListener> kept = new AtomicReference<>();
        plugin.answer = (request, listener) -> {
            kept.set(listener);
            return RunOutcome.empty();
        };
        RecordingListener listener = new RecordingListener();
        runtime.run(task(aTask().build(), false), listener);

        kept.get().log("too late");

        assertThat(listener.logs()).isEmpty();
    }

    @Test
    void aResultLongerThan64KiBIsCut() throws Exception {
        plugin.answer = (request, listener) -> new RunOutcome("é".repeat(40_000));

        String result = runtime.run(task(aTask().build(), false), new RecordingListener());

        assertThat(result).isEqualTo("é".repeat(32 * 1024));
    }

    @Test
    void aCheckedExceptionIsTheTasksFailureWithTheRuntimesName() {
        plugin.answer = (request, listener) -> {
            throw new IOException("exit code 3: boom");
        };

        assertThatThrownBy(() -> runtime.run(task(aTask().build(), false), new RecordingListener()))
                .isInstanceOf(RuntimeFailure.class).hasMessage("fake: exit code 3: boom");
    }

    @Test
    void aPluginBugIsTheTasksFailureNamingTheBug() {
        plugin.answer = (request, listener) -> {
            throw new NullPointerException("oops");
        };

        assertThatThrownBy(() -> runtime.run(task(aTask().build(), false), new RecordingListener()))
                .isInstanceOf(RuntimeFailure.class).hasMessage("fake: NullPointerException: oops");
    }

    @Test
    void anInterruptedRunStaysInterrupted() {
        plugin.answer = (request, listener) -> {
            throw new InterruptedException("stopped");
        };

        assertThatThrownBy(() -> runtime.run(task(aTask().build(), false), new RecordingListener()))
                .isInstanceOf(InterruptedException.class);
    }

    @Test
    void fieldsThePluginApiCannotExpressAreRefused() {
        TaskSpec withSidecar = aTask().sidecars(List.of(aTask().name("side").build())).build();
        TaskSpec withRegistry = aTask().registry(new Registry("u", "p")).gpus("all").build();

        assertThatThrownBy(() -> runtime.run(task(withSidecar, false), new RecordingListener()))
                .hasMessage("the fake runtime does not support sidecars (run the task on the docker runtime)");
        assertThatThrownBy(() -> runtime.run(task(withRegistry, false), new RecordingListener()))
                .hasMessage("the fake runtime does not support gpus, registry credentials (run the task on the docker "
                        + "runtime)");
        assertThat(plugin.received.get()).isNull();
    }

    @Test
    void bindMountsFollowTheOperatorsPolicy() throws Exception {
        TaskSpec bind = aTask().mounts(List.of(new Mount("bind", "/srv/data", "/data", null))).build();
        TaskSpec socket = aTask().mounts(List.of(new Mount("bind", "/var/run", "/host", null))).build();
        PluginTaskRuntime allowed = new PluginTaskRuntime(plugin, "fake",
                new BindMountPolicy(true, List.of("/srv/data", "/var/run")));
        PluginTaskRuntime limited = new PluginTaskRuntime(plugin, "fake", new BindMountPolicy(true, List.of("/other")));

        assertThatThrownBy(() -> runtime.run(task(bind, false), new RecordingListener()))
                .hasMessage("bind mounts are not allowed (mounts.bind.allowed = false)");
        assertThatThrownBy(() -> limited.run(task(bind, false), new RecordingListener()))
                .hasMessage("bind mount source not allowed: /srv/data");
        assertThatThrownBy(() -> allowed.run(task(socket, false), new RecordingListener()))
                .hasMessageContaining("it would expose a container engine's socket");
        allowed.run(task(bind, false), new RecordingListener());
        assertThat(plugin.received.get().mounts()).containsExactly(new MountSpec("bind", "/srv/data", "/data", null));
    }

    @Test
    void healthIsThePluginsAndABrokenHealthCheckIsUnhealthy() {
        assertThat(runtime.isHealthy()).isTrue();
        plugin.healthy = () -> {
            throw new IllegalStateException("no");
        };
        assertThat(runtime.isHealthy()).isFalse();
        assertThat(runtime.name()).isEqualTo("fake");
    }

    private static TaskSpec.Builder aTask() {
        return TaskSpec.builder().name("task").image("busybox").run("true")
                .env(Map.of("TORK_TASK_ID", "t1", "TORK_JOB_ID", "j1", "TORK_ATTEMPT", "1"));
    }

    private static Task task(TaskSpec spec, boolean stdoutAsResult) {
        int attempt = Integer.parseInt(spec.env().getOrDefault("TORK_ATTEMPT", "1"));
        return Task.pending("t1", "j1", null, 1, spec, Instant.now()).toBuilder()
                .attempt(attempt).stdoutAsResult(stdoutAsResult).build();
    }

    @FunctionalInterface
    interface Answer {
        RunOutcome run(RunRequest request, RunListener listener) throws Exception;
    }

    private static final class FakePlugin implements RuntimePlugin {
        final AtomicReference<RunRequest> received = new AtomicReference<>();
        volatile Answer answer = (request, listener) -> RunOutcome.empty();
        volatile java.util.function.BooleanSupplier healthy = () -> true;

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public RunOutcome run(RunRequest request, RunListener listener) throws Exception {
            received.set(request);
            return answer.run(request, listener);
        }

        @Override
        public boolean isHealthy() {
            return healthy.getAsBoolean();
        }
    }
}
