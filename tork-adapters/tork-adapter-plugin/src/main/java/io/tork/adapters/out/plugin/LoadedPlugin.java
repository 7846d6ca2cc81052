package io.tork.adapters.out.plugin;

import java.util.List;
import java.util.Objects;

/**
 * What became of one jar of the plugins folder, as {@code tork plugins} shows it.
 *
 * @param id        the plugin's id ({@code Plugin-Id}), or the jar's file name when the jar could not be read
 * @param version   the plugin's version, or {@code -} when unknown
 * @param file      the jar's file name
 * @param status    whether it runs
 * @param problem   why it does not run, on one line; {@code null} when it runs
 * @param runtimes  names of the runtimes it provides (empty unless it runs)
 * @param functions names of the expression functions it provides (empty unless it runs)
 */
public record LoadedPlugin(String id, String version, String file, PluginStatus status, String problem,
                           List<String> runtimes, List<String> functions) {

    public LoadedPlugin {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
        runtimes = List.copyOf(runtimes);
        functions = List.copyOf(functions);
    }

    static LoadedPlugin failed(String id, String version, String file, String problem) {
        return new LoadedPlugin(id, version, file, PluginStatus.FAILED, problem, List.of(), List.of());
    }

    /** How the engine refers to this plugin in messages: {@code plugin 'id' (file.jar)}. */
    public String label() {
        return "plugin '" + id + "' (" + file + ")";
    }
}
