package io.tork.adapters.out.plugin;

import java.nio.file.Path;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginWrapper;

/**
 * PF4J's plugin manager, loading jar by jar so that each jar's failure can be told apart, and resolving them once:
 * a plugin whose dependencies are missing is left out instead of failing the resolution of all the others.
 */
final class TorkPluginManager extends DefaultPluginManager {

    TorkPluginManager(Path folder, String engineVersion) {
        super(folder);
        setSystemVersion(engineVersion);
        setResolveRecoveryStrategy(ResolveRecoveryStrategy.IGNORE_PLUGIN_AND_CONTINUE);
    }

    /** Reads one jar's descriptor and gives it a class loader; throws when the jar is not a usable plugin. */
    PluginWrapper load(Path jar) {
        PluginWrapper wrapper = loadPluginFromPath(jar);
        if (wrapper == null) {
            throw new IllegalStateException("not a plugin jar");
        }
        return wrapper;
    }

    /** Orders the loaded plugins by their dependencies, leaving out those whose dependencies are missing. */
    void resolve() {
        resolvePlugins();
    }
}
