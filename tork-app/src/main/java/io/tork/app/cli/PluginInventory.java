package io.tork.app.cli;

import io.tork.app.config.TorkConfig;
import java.util.List;

/** What {@code tork plugins} shows: the plugins of {@code plugins.dir} as a process would load them. */
@FunctionalInterface
public interface PluginInventory {

    /** Loads the plugins of the configured folder, describes them, and unloads them again. */
    Report inspect(TorkConfig config);

    /**
     * @param folder           the plugins folder, absolute
     * @param plugins          one row per jar, in file-name order
     * @param builtInRuntimes  the runtimes the engine itself provides
     * @param builtInFunctions how many expression functions the engine itself provides
     * @param conflicts        names provided twice, one message each; a process would refuse to start
     */
    record Report(String folder, List<Row> plugins, List<String> builtInRuntimes, int builtInFunctions,
                  List<String> conflicts) {
        public Report {
            plugins = List.copyOf(plugins);
            builtInRuntimes = List.copyOf(builtInRuntimes);
            conflicts = List.copyOf(conflicts);
        }
    }

    /**
     * @param state   {@code started}, {@code disabled} or {@code failed}
     * @param problem why it does not run, or {@code null}
     */
    record Row(String id, String version, String file, String state, List<String> runtimes, List<String> functions,
               String problem) {
        public Row {
            runtimes = List.copyOf(runtimes);
            functions = List.copyOf(functions);
        }
    }
}
