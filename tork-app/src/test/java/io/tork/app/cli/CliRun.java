package io.tork.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One execution of the command line, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(TorkCli cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = cli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }
}
