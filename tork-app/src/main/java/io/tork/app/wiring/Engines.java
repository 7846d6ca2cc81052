package io.tork.app.wiring;

import io.tork.app.cli.CommandFailedException;
import io.tork.app.cli.DatabaseMigration;
import io.tork.app.cli.EngineLauncher;
import io.tork.app.cli.PluginInventory;
import io.tork.app.cli.RunMode;
import java.util.EnumMap;
import java.util.Map;

/** The launchers of {@code tork run <mode>} and what {@code tork migration} runs. */
public final class Engines {
    private Engines() {
    }

    /** One launcher for every mode. */
    public static Map<RunMode, EngineLauncher> launchers() {
        Map<RunMode, EngineLauncher> launchers = new EnumMap<>(RunMode.class);
        for (RunMode mode : RunMode.values()) {
            launchers.put(mode, switch (mode) {
                case STANDALONE -> StandaloneEngine::start;
                case COORDINATOR -> CoordinatorEngine::start;
                case WORKER -> WorkerEngine::start;
                case BROKER -> BrokerEngine::start;
            });
        }
        return launchers;
    }

    /** What {@code tork plugins} lists: the plugins of {@code plugins.dir}, loaded and unloaded again. */
    public static PluginInventory pluginInventory() {
        return PluginReports::inspect;
    }

    /** Creates or upgrades the schema of the configured datastore; only PostgreSQL has one. */
    public static DatabaseMigration migration() {
        return config -> {
            switch (config.datastore().type()) {
                case POSTGRES -> PostgresStartup.migrate(config.datastore().postgres());
                case INMEMORY -> throw new CommandFailedException("tork migration needs datastore.type = postgres "
                        + "(it is " + config.datastore().type().configName() + ", which has no schema)");
            }
        };
    }
}
