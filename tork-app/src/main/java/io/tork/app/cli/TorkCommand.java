package io.tork.app.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code tork}: the root command; alone, it prints its usage. */
@Command(
        name = "tork",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Tork for the JVM: a distributed workflow engine that runs every task in its own container.",
        footer = {"",
                "Configuration: the file named by TORK_CONFIG, else the first of ./config.toml,",
                "~/.config/tork/config.toml and /etc/tork/config.toml. Environment variables",
                "TORK_<KEY> override keys: TORK_BROKER_TYPE=artemis sets broker.type."})
final class TorkCommand implements Callable<Integer> {
    static final String VERBOSE = "--verbose";

    @Spec
    CommandSpec spec;

    @Option(names = VERBOSE, scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
