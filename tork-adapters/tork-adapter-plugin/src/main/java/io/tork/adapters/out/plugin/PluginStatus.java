package io.tork.adapters.out.plugin;

/** Whether a plugin of the plugins folder runs. */
public enum PluginStatus {
    /** Loaded and started: its runtimes and functions are in use. */
    STARTED,
    /** Turned off by the operator ({@code disabled.txt} in the plugins folder). */
    DISABLED,
    /** Could not be loaded or started, or needs another engine version; the others are not affected. */
    FAILED;

    /** The word {@code tork plugins} shows. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
