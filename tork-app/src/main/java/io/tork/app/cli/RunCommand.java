package io.tork.app.cli;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tork.app.config.TorkConfig;
import io.tork.app.logging.LoggingSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tork run <mode>}: loads and validates the configuration, starts the engine and blocks until it stops.
 * SIGTERM and SIGINT stop it gracefully.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Start the engine and run until stopped (Ctrl-C or SIGTERM stop it gracefully).")
final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    private final ConfigSource configSource;
    private final Map<RunMode, EngineLauncher> launchers;
    private final ShutdownHooks shutdownHooks;

    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "0..1",
            paramLabel = "MODE",
            description = {"standalone: coordinator and worker in one process.",
                    "coordinator: the REST API and the job lifecycle (needs broker.type = artemis).",
                    "worker: runs tasks taken from the broker (needs broker.type = artemis).",
                    "broker: only the embedded Artemis broker, listening on broker.artemis.url."})
    String mode;

    RunCommand(ConfigSource configSource, Map<RunMode, EngineLauncher> launchers, ShutdownHooks shutdownHooks) {
        this.configSource = Objects.requireNonNull(configSource);
        this.launchers = Map.copyOf(launchers);
        this.shutdownHooks = Objects.requireNonNull(shutdownHooks);
    }

    @Override
    public Integer call() throws Exception {
        return run(requestedMode());
    }

    /** Runs the engine in {@code runMode} until it stops; returns the exit status. */
    int run(RunMode runMode) throws Exception {
        TorkConfig config = configSource.load();
        LoggingSetup.apply(config.logging());
        EngineLauncher launcher = launchers.get(runMode);
        if (launcher == null) {
            throw new CommandFailedException("tork run " + runMode.modeName() + " is not available in this build");
        }
        LOG.info("Starting Tork {} in {} mode", VersionProvider.version(), runMode.modeName());
        RunningEngine engine = launcher.start(config);
        Thread hook = new Thread(engine::stop, "tork-shutdown");
        shutdownHooks.add(hook);
        try {
            engine.awaitTermination();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            engine.stop();
        } finally {
            shutdownHooks.remove(hook);
        }
        LOG.info("Tork stopped");
        return 0;
    }

    private RunMode requestedMode() {
        if (mode == null || mode.isBlank()) {
            throw new ParameterException(spec.commandLine(), "missing mode: allowed modes are " + RunMode.allowed());
        }
        return RunMode.find(mode).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown mode '" + mode + "': allowed modes are " + RunMode.allowed()));
    }
}
