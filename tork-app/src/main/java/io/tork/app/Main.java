package io.tork.app;

import io.tork.app.cli.ShutdownHooks;
import io.tork.app.cli.TorkCli;
import io.tork.app.config.ConfigLoader;
import io.tork.app.wiring.Engines;

/** The {@code tork} executable. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        TorkCli cli = new TorkCli(ConfigLoader.forThisProcess()::load, Engines.launchers(), Engines.migration(),
                ShutdownHooks.jvm(), Engines.pluginInventory());
        System.exit(cli.execute(args));
    }
}
