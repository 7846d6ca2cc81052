package io.tork.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import io.tork.app.config.ConfigException;
import io.tork.app.config.TorkConfig;

class TorkCliTest {
    private final RecordingShutdownHooks hooks = new RecordingShutdownHooks();
    private final AtomicReference<TorkConfig> launchedWith = new AtomicReference<>();
    private final EngineLauncher neverCalled = config -> {
        launchedWith.set(config);
        throw new AssertionError("the engine must not start");
    };

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of(cli(neverCalled), "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: tork", "run", "health", "--version", "TORK_CONFIG");
    }

    @Test
    void noCommandPrintsTheUsage() {
        CliRun run = CliRun.of(cli(neverCalled));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: tork");
    }

    @Test
    void runHasItsOwnHelp() {
        CliRun run = CliRun.of(cli(neverCalled), "run", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: tork run", "MODE", "standalone");
    }

    @Test
    void versionNamesTheProduct() {
        CliRun run = CliRun.of(cli(neverCalled), "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("tork ").doesNotContain("${");
    }

    @Test
    void aMissingModeListsTheAllowedModes() {
        CliRun run = CliRun.of(cli(neverCalled), "run");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Error: missing mode: allowed modes are standalone, coordinator, worker, broker",
                "tork run --help");
        assertThat(launchedWith).hasNullValue();
    }

    @Test
    void anUnknownModeListsTheAllowedModes() {
        CliRun run = CliRun.of(cli(neverCalled), "run", "scheduler");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(
                "Error: unknown mode 'scheduler': allowed modes are standalone, coordinator, worker, broker");
        assertThat(launchedWith).hasNullValue();
    }

    @Test
    void anUnknownCommandFails() {
        CliRun run = CliRun.of(cli(neverCalled), "fly");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Error: Unmatched argument", "'fly'");
    }

    @Test
    void aConfigErrorStartsNothingAndPrintsOneLine() {
        TorkCli cli = new TorkCli(() -> {
            throw new ConfigException("unknown broker.type 'rabbit': allowed values are inmemory, artemis");
        }, neverCalled, hooks);

        CliRun run = CliRun.of(cli, "run", "standalone");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualToIgnoringNewLines(
                "Error: invalid configuration: unknown broker.type 'rabbit': allowed values are inmemory, artemis");
        assertThat(launchedWith).hasNullValue();
        assertThat(hooks.registered).isEmpty();
    }

    @Test
    void verboseAddsTheStackTrace() {
        TorkCli cli = new TorkCli(() -> {
            throw new ConfigException("bad");
        }, neverCalled, hooks);

        CliRun quiet = CliRun.of(cli, "run", "standalone");
        CliRun verbose = CliRun.of(cli, "run", "standalone", "--verbose");
        CliRun verboseFirst = CliRun.of(cli, "--verbose", "run", "standalone");

        assertThat(quiet.err()).doesNotContain("\tat ");
        assertThat(verbose.err()).startsWith("Error: invalid configuration: bad").contains("\tat ");
        assertThat(verboseFirst.err()).contains("\tat ");
    }

    @Test
    void aFailedStartIsReportedOnOneLine() {
        EngineLauncher failing = config -> {
            throw new IllegalStateException("cannot listen on localhost:8000:\n address already in use",
                    new RuntimeException("cause"));
        };

        CliRun run = CliRun.of(cli(failing), "run", "standalone");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualToIgnoringNewLines(
                "Error: cannot listen on localhost:8000: address already in use");
        assertThat(hooks.registered).isEmpty();
    }

    @Test
    void oneLineFallsBackToTheCauseOrTheType() {
        assertThat(TorkCli.oneLine(new RuntimeException(new IllegalStateException("inner")))).isEqualTo(
                "java.lang.IllegalStateException: inner");
        assertThat(TorkCli.oneLine(new RuntimeException((String) null, new IllegalStateException("inner"))))
                .isEqualTo("inner");
        assertThat(TorkCli.oneLine(new NullPointerException())).isEqualTo("NullPointerException");
    }

    @Test
    void theEngineCommandLineAnswersAsThroughPicocli() {
        EngineLauncher failing = config -> {
            throw new IllegalStateException("cannot listen on localhost:8000: address already in use");
        };
        for (String mode : new String[] {"standalone", "Standalone", "worker"}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int throughPicocli = new TorkCli(TorkConfig::defaults, Map.of(RunMode.STANDALONE, failing,
                    RunMode.WORKER, failing), config -> { }, hooks)
                    .commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute("run", mode);

            CliRun direct = CliRun.of(new TorkCli(TorkConfig::defaults, Map.of(RunMode.STANDALONE, failing,
                    RunMode.WORKER, failing), config -> { }, hooks), "run", mode);

            assertThat(direct.exitCode()).as(mode).isEqualTo(throughPicocli).isEqualTo(1);
            assertThat(direct.err()).as(mode).isEqualTo(err.toString())
                    .isEqualToIgnoringNewLines("Error: cannot listen on localhost:8000: address already in use");
            assertThat(direct.out()).as(mode).isEqualTo(out.toString()).isEmpty();
        }
    }

    @Test
    void aModeThisBuildLacksIsRefusedWithoutPicocliToo() {
        CliRun run = CliRun.of(cli(neverCalled), "run", "broker");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualToIgnoringNewLines("Error: tork run broker is not available in this build");
    }

    @Test
    void extraArgumentsAfterTheModeAreStillRefused() {
        CliRun run = CliRun.of(cli(neverCalled), "run", "standalone", "now");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Error: Unmatched argument", "'now'");
        assertThat(launchedWith).hasNullValue();
    }

    private TorkCli cli(EngineLauncher standalone) {
        return new TorkCli(TorkConfig::defaults, standalone, hooks);
    }
}
