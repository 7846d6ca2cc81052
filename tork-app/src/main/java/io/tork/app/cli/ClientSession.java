package io.tork.app.cli;

import java.io.PrintWriter;
import java.util.Objects;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every client command needs: the configuration, and whether its output goes to a terminal (where progress
 * is redrawn in place) or somewhere else (where it is written line by line).
 */
record ClientSession(ConfigSource configSource, boolean terminal) {
    ClientSession {
        Objects.requireNonNull(configSource, "configSource");
    }

    static PrintWriter out(CommandSpec spec) {
        return spec.commandLine().getOut();
    }

    static PrintWriter err(CommandSpec spec) {
        return spec.commandLine().getErr();
    }
}
