package io.tork.adapters.out.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins of one process: every {@code *.jar} of the plugins folder, loaded with PF4J at start-up, each in its
 * own class loader. A jar that cannot be read, a plugin that needs another engine version, fails to start or
 * provides a broken extension is reported by name ({@link #plugins()}) and contributes nothing; the others load
 * regardless. Closing the host stops the plugins and releases their class loaders.
 */
public final class PluginHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);

    private final PluginManager manager;
    private final List<LoadedPlugin> plugins;
    private final List<ProvidedRuntime> runtimes;
    private final List<ProvidedFunction> functions;

    private PluginHost(PluginManager manager, List<LoadedPlugin> plugins, List<ProvidedRuntime> runtimes,
                       List<ProvidedFunction> functions) {
        this.manager = manager;
        this.plugins = List.copyOf(plugins);
        this.runtimes = List.copyOf(runtimes);
        this.functions = List.copyOf(functions);
    }

    /**
     * Loads and starts every plugin jar of {@code folder}; a missing folder means no plugins.
     *
     * @param engineVersion the engine's version, checked against each plugin's {@code Plugin-Requires}; a
     *                      pre-release suffix ({@code -SNAPSHOT}) is ignored, {@code unknown} skips the check
     * @throws PluginFolderException when the folder exists but cannot be listed
     */
    public static PluginHost load(Path folder, String engineVersion) {
        List<Path> jars = jarsIn(folder);
        if (jars.isEmpty()) {
            LOG.debug("no plugin jars in {}", folder.toAbsolutePath());
            return new PluginHost(null, List.of(), List.of(), List.of());
        }
        TorkPluginManager manager = new TorkPluginManager(folder.toAbsolutePath().normalize(),
                EngineVersion.forCompatibility(engineVersion));
        try {
            return start(manager, jars);
        } catch (RuntimeException | Error e) {
            stopQuietly(manager);
            throw e;
        }
    }

    private static PluginHost start(TorkPluginManager manager, List<Path> jars) {
        Map<Path, String> ids = new LinkedHashMap<>();
        Map<Path, String> unreadable = new LinkedHashMap<>();
        for (Path jar : jars) {
            var notAPlugin = JarCheck.problem(jar);
            if (notAPlugin.isPresent()) {
                unreadable.put(jar, notAPlugin.get());
                continue;
            }
            try {
                ids.put(jar, manager.load(jar.toAbsolutePath().normalize()).getPluginId());
            } catch (RuntimeException | LinkageError e) {
                unreadable.put(jar, "cannot load: " + oneLine(e));
            }
        }
        manager.resolve();
        startPlugins(manager);

        List<LoadedPlugin> plugins = new ArrayList<>();
        List<ProvidedRuntime> runtimes = new ArrayList<>();
        List<ProvidedFunction> functions = new ArrayList<>();
        for (Path jar : jars) {
            String file = jar.getFileName().toString();
            PluginWrapper wrapper = ids.containsKey(jar) ? manager.getPlugin(ids.get(jar)) : null;
            if (wrapper == null) {
                String problem = unreadable.getOrDefault(jar, "its dependencies (Plugin-Dependencies) are missing");
                plugins.add(LoadedPlugin.failed(ids.getOrDefault(jar, file), "-", file, problem));
                continue;
            }
            PluginExtensions extensions = PluginExtensions.of(manager, wrapper);
            LoadedPlugin plugin = extensions.describe(file);
            plugins.add(plugin);
            if (plugin.status() == PluginStatus.STARTED) {
                extensions.runtimes().forEach(e -> runtimes.add(new ProvidedRuntime(plugin, e.extension(), e.name())));
                extensions.functions().forEach(e -> functions.add(new ProvidedFunction(plugin, e.extension(),
                        e.name(), e.minArity(), e.maxArity())));
            }
        }
        plugins.forEach(PluginHost::log);
        return new PluginHost(manager, plugins, runtimes, functions);
    }

    private static void startPlugins(PluginManager manager) {
        try {
            manager.startPlugins();
        } catch (RuntimeException | LinkageError e) {
            // Each plugin's own start failure is recorded on it; this is PF4J itself failing half-way.
            LOG.warn("starting the plugins failed: {}", oneLine(e));
        }
    }

    private static void log(LoadedPlugin plugin) {
        switch (plugin.status()) {
            case STARTED -> LOG.info("plugin {} {} ({}): runtimes {}, functions {}", plugin.id(), plugin.version(),
                    plugin.file(), plugin.runtimes(), plugin.functions());
            case DISABLED -> LOG.info("plugin {} ({}) is disabled", plugin.id(), plugin.file());
            case FAILED -> LOG.error("{} is not loaded: {}", plugin.label(), plugin.problem());
        }
    }

    /** Every jar of the plugins folder, with what became of it, in file-name order. */
    public List<LoadedPlugin> plugins() {
        return plugins;
    }

    /** The runtimes of the started plugins. */
    public List<ProvidedRuntime> runtimes() {
        return runtimes;
    }

    /** The expression functions of the started plugins. */
    public List<ProvidedFunction> functions() {
        return functions;
    }

    /** Stops the plugins and releases their class loaders; never throws. */
    @Override
    public void close() {
        if (manager != null) {
            stopQuietly(manager);
        }
    }

    private static void stopQuietly(PluginManager manager) {
        try {
            manager.stopPlugins();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("stopping the plugins failed: {}", oneLine(e));
        }
        try {
            manager.unloadPlugins();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("unloading the plugins failed: {}", oneLine(e));
        }
    }

    private static List<Path> jarsIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> jars = new ArrayList<>(entries
                    .filter(path -> path.getFileName().toString().endsWith(".jar") && Files.isRegularFile(path))
                    .toList());
            Collections.sort(jars);
            return jars;
        } catch (IOException e) {
            throw new PluginFolderException("cannot list the plugins folder " + folder.toAbsolutePath() + ": "
                    + e.getMessage(), e);
        }
    }

    static String oneLine(Throwable failure) {
        Throwable shown = failure;
        while ((shown.getMessage() == null || shown.getMessage().isBlank()) && shown.getCause() != null) {
            shown = shown.getCause();
        }
        String message = shown.getMessage() == null || shown.getMessage().isBlank()
                ? shown.getClass().getSimpleName() : shown.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
