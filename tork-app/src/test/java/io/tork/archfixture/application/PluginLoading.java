package io.tork.archfixture.application;

import org.pf4j.DefaultPluginManager;

/** Breaks "PF4J only at the plugin edge": the application loading plugins itself. */
public final class PluginLoading {
    public DefaultPluginManager manager() {
        return null;
    }
}
