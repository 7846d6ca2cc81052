package io.tork.archfixture.adapters.out.plugin;

import org.pf4j.PluginManager;

/** PF4J at the plugin edge: allowed. */
public final class PluginThing {
    public PluginManager manager() {
        return null;
    }
}
