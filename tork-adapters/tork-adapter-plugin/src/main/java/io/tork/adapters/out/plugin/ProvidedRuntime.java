package io.tork.adapters.out.plugin;

import io.tork.plugin.api.RuntimePlugin;
import java.util.Map;
import java.util.Objects;

/** A runtime a started plugin provides, with the plugin it comes from. */
public record ProvidedRuntime(LoadedPlugin plugin, RuntimePlugin runtime, String name) {
    public ProvidedRuntime {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(name, "name");
    }

    /**
     * Hands the operator's settings for this runtime to it ({@code runtime.<name>.*}, without the prefix).
     *
     * @throws IllegalArgumentException when the runtime refuses them
     */
    public void configure(Map<String, String> settings) {
        PluginCalls.inPluginContext(runtime, () -> {
            runtime.configure(Map.copyOf(settings));
            return null;
        });
    }

    /** Whether tasks on this runtime must name an image. */
    public boolean requiresImage() {
        return PluginCalls.inPluginContext(runtime, runtime::requiresImage);
    }

    /** This runtime as the engine's runtime port, applying the operator's bind-mount policy. */
    public PluginTaskRuntime asTaskRuntime(BindMountPolicy bindMounts) {
        return new PluginTaskRuntime(runtime, name, bindMounts);
    }
}
