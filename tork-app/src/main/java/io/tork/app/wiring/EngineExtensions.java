package io.tork.app.wiring;

import io.tork.adapters.out.expression.CatalogFunction;
import io.tork.adapters.out.expression.FunctionCatalog;
import io.tork.adapters.out.plugin.BindMountPolicy;
import io.tork.adapters.out.plugin.LoadedPlugin;
import io.tork.adapters.out.plugin.PluginFolderException;
import io.tork.adapters.out.plugin.PluginHost;
import io.tork.adapters.out.plugin.ProvidedFunction;
import io.tork.adapters.out.plugin.ProvidedRuntime;
import io.tork.app.cli.CommandFailedException;
import io.tork.app.cli.VersionProvider;
import io.tork.app.config.TorkConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The runtimes and expression functions of one process: the built-in ones and those of the plugins in
 * {@code plugins.dir}, in one runtime catalogue and one function catalogue. A name provided twice stops the process
 * with one line naming both providers; a broken plugin does not (it is reported and left out).
 */
final class EngineExtensions implements AutoCloseable {
    private final PluginHost host;
    private final RuntimeCatalog runtimes;
    private final FunctionCatalog functions;
    private final List<String> conflicts;

    private EngineExtensions(PluginHost host, RuntimeCatalog runtimes, FunctionCatalog functions,
                             List<String> conflicts) {
        this.host = host;
        this.runtimes = runtimes;
        this.functions = functions;
        this.conflicts = List.copyOf(conflicts);
    }

    /**
     * Loads the plugins and fills the catalogues.
     *
     * @throws CommandFailedException when two providers share a name, {@code runtime.type} names no runtime, or a
     *                                plugin runtime refuses its settings
     */
    static EngineExtensions load(TorkConfig config) {
        EngineExtensions extensions = inspect(config);
        try {
            if (!extensions.conflicts.isEmpty()) {
                throw new CommandFailedException(extensions.conflicts.getFirst() + ": remove one of them from "
                        + folder(config));
            }
            extensions.requireDefaultRuntime(config);
            return extensions;
        } catch (RuntimeException e) {
            extensions.close();
            throw e;
        }
    }

    /** Loads the plugins and fills the catalogues, keeping clashing names as {@link #conflicts()} instead of failing. */
    static EngineExtensions inspect(TorkConfig config) {
        PluginHost host = openHost(config);
        try {
            List<String> conflicts = new ArrayList<>();
            RuntimeCatalog runtimes = runtimeCatalog(config, host, conflicts);
            FunctionCatalog functions = functionCatalog(host, conflicts);
            return new EngineExtensions(host, runtimes, functions, conflicts);
        } catch (RuntimeException e) {
            host.close();
            throw e;
        }
    }

    private static PluginHost openHost(TorkConfig config) {
        try {
            return PluginHost.load(config.plugins().dir(), VersionProvider.version());
        } catch (PluginFolderException e) {
            throw new CommandFailedException(e.getMessage() + " — check plugins.dir", e);
        }
    }

    private static RuntimeCatalog runtimeCatalog(TorkConfig config, PluginHost host, List<String> conflicts) {
        RuntimeCatalog catalog = new RuntimeCatalog(config.runtime().type().configName());
        Runtimes.builtIns(config).forEach(catalog::add);
        BindMountPolicy bindMounts = new BindMountPolicy(config.mounts().bindAllowed(), config.mounts().bindSources());
        for (ProvidedRuntime provided : host.runtimes()) {
            configure(provided, config.runtime().settingsOf(provided.name()));
            try {
                catalog.add(new RuntimeCatalog.Entry(provided.name(), provided.plugin().label(),
                        provided.requiresImage(), () -> provided.asTaskRuntime(bindMounts)));
            } catch (IllegalArgumentException clash) {
                conflicts.add(clash.getMessage());
            }
        }
        return catalog;
    }

    private static void configure(ProvidedRuntime provided, Map<String, String> settings) {
        try {
            provided.configure(settings);
        } catch (RuntimeException | LinkageError e) {
            throw new CommandFailedException("the " + provided.name() + " runtime of " + provided.plugin().label()
                    + " refuses its settings (runtime." + provided.name() + ".*): " + StartupMessages.detail(e), e);
        }
    }

    private static FunctionCatalog functionCatalog(PluginHost host, List<String> conflicts) {
        FunctionCatalog catalog = FunctionCatalog.withBuiltIns(Clock.systemUTC());
        for (ProvidedFunction provided : host.functions()) {
            try {
                catalog.register(new CatalogFunction(provided.name(), provided.minArity(), provided.maxArity(),
                        provided::call), provided.plugin().label());
            } catch (IllegalArgumentException clash) {
                conflicts.add(clash.getMessage());
            }
        }
        return catalog;
    }

    private void requireDefaultRuntime(TorkConfig config) {
        String wanted = config.runtime().type().configName();
        if (!runtimes.contains(wanted)) {
            throw new CommandFailedException("unknown runtime.type '" + wanted + "': known runtimes are "
                    + runtimes.describeNames() + " (plugins in " + folder(config) + " add more)");
        }
    }

    private static Path folder(TorkConfig config) {
        return config.plugins().dir().toAbsolutePath().normalize();
    }

    RuntimeCatalog runtimes() {
        return runtimes;
    }

    FunctionCatalog functions() {
        return functions;
    }

    /** Every jar of the plugins folder and what became of it. */
    List<LoadedPlugin> plugins() {
        return host.plugins();
    }

    /** Names provided twice, one message each (empty after {@link #load}). */
    List<String> conflicts() {
        return conflicts;
    }

    /** Closes the runtimes created so far, then stops the plugins. */
    @Override
    public void close() {
        try {
            runtimes.close();
        } finally {
            host.close();
        }
    }
}
