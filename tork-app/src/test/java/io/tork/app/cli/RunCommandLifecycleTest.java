package io.tork.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.tork.app.config.RuntimeType;
import io.tork.app.config.TorkConfig;

class RunCommandLifecycleTest {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final RecordingShutdownHooks hooks = new RecordingShutdownHooks();
    private final FakeEngine engine = new FakeEngine();
    private final AtomicReference<TorkConfig> launchedWith = new AtomicReference<>();

    @AfterEach
    void stopEverything() throws InterruptedException {
        engine.stop();
        executor.shutdownNow();
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void runsUntilTheShutdownHookStopsTheEngine() throws Exception {
        TorkConfig config = TorkConfig.of(Map.of("runtime.type", "shell"));
        TorkCli cli = new TorkCli(() -> config, given -> {
            launchedWith.set(given);
            return engine;
        }, hooks);

        CompletableFuture<CliRun> running = CompletableFuture.supplyAsync(
                () -> CliRun.of(cli, "run", "standalone"), executor);

        await().atMost(Duration.ofSeconds(10)).until(() -> !hooks.registered.isEmpty());
        assertThat(running).isNotDone();
        assertThat(launchedWith.get().runtime().type()).isEqualTo(RuntimeType.SHELL);

        hooks.registered.getFirst().run(); // what the JVM does on SIGTERM

        CliRun run = running.get(10, TimeUnit.SECONDS);
        assertThat(run.exitCode()).isZero();
        assertThat(engine.stopCalls).hasValue(1);
        assertThat(hooks.removed).containsExactlyElementsOf(hooks.registered);
    }

    @Test
    void anEngineThatStopsOnItsOwnReleasesItsShutdownHook() throws Exception {
        TorkCli cli = new TorkCli(TorkConfig::defaults, given -> engine, hooks);
        CompletableFuture<CliRun> running = CompletableFuture.supplyAsync(
                () -> CliRun.of(cli, "run", "standalone"), executor);
        await().atMost(Duration.ofSeconds(10)).until(() -> !hooks.registered.isEmpty());

        engine.stop();

        assertThat(running.get(10, TimeUnit.SECONDS).exitCode()).isZero();
        assertThat(hooks.removed).containsExactlyElementsOf(hooks.registered);
    }
}
