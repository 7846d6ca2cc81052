package io.tork.app.wiring;

import io.tork.adapters.out.expression.FunctionCatalog;
import io.tork.adapters.out.plugin.LoadedPlugin;
import io.tork.app.cli.PluginInventory;
import io.tork.app.config.TorkConfig;
import java.util.List;

/** Builds what {@code tork plugins} shows from the plugins as a process would load them. */
final class PluginReports {
    private PluginReports() {
    }

    static PluginInventory.Report inspect(TorkConfig config) {
        try (EngineExtensions extensions = EngineExtensions.inspect(config)) {
            List<PluginInventory.Row> rows = extensions.plugins().stream().map(PluginReports::row).toList();
            FunctionCatalog functions = extensions.functions();
            int builtInFunctions = (int) functions.names().stream()
                    .filter(name -> functions.origin(name).filter(FunctionCatalog.BUILT_IN::equals).isPresent())
                    .count();
            List<String> builtInRuntimes = Runtimes.builtIns(config).stream().map(RuntimeCatalog.Entry::name).toList();
            return new PluginInventory.Report(config.plugins().dir().toAbsolutePath().normalize().toString(), rows,
                    builtInRuntimes, builtInFunctions, extensions.conflicts());
        }
    }

    private static PluginInventory.Row row(LoadedPlugin plugin) {
        return new PluginInventory.Row(plugin.id(), plugin.version(), plugin.file(), plugin.status().label(),
                plugin.runtimes(), plugin.functions(), plugin.problem());
    }
}
