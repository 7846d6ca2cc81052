package io.tork.app.cli;

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
    private final EngineLauncher standalone;
    private final ShutdownHooks shutdownHooks;

    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "0..1",
            paramLabel = "MODE",
            description = "standalone: coordinator and worker in one process (coordinator and worker modes arrive "
                    + "with distributed mode).")
    String mode;

    RunCommand(ConfigSource configSource, EngineLauncher standalone, ShutdownHooks shutdownHooks) {
        this.configSource = Objects.requireNonNull(configSource);
        this.standalone = Objects.requireNonNull(standalone);
        this.shutdownHooks = Objects.requireNonNull(shutdownHooks);
    }

    @Override
    public Integer call() throws Exception {
        RunMode runMode = requestedMode();
        TorkConfig config = configSource.load();
        LoggingSetup.apply(config.logging());
        EngineLauncher launcher = switch (runMode) {
            case STANDALONE -> standalone;
        };
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
