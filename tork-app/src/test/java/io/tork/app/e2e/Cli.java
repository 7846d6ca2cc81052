package io.tork.app.e2e;

import io.tork.app.cli.ShutdownHooks;
import io.tork.app.cli.TorkCli;
import io.tork.app.config.TorkConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/** The {@code tork} command line run in this JVM, as a user would type it, with what it printed. */
final class Cli {
    private Cli() {
    }

    record Run(int exitCode, String out, String err) {
    }

    /** @param config configuration keys the command line reads (endpoint, client credentials, …) */
    static Run run(Map<String, String> config, String... args) {
        Map<String, String> keys = new HashMap<>(config);
        TorkCli cli = new TorkCli(() -> TorkConfig.of(keys), settings -> {
            throw new AssertionError("client commands never start an engine");
        }, ShutdownHooks.jvm());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = cli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
