package io.tork.adapters.out.plugin;

import io.tork.plugin.api.ExpressionFunction;
import java.util.List;
import java.util.Objects;

/**
 * An expression function a started plugin provides, with the plugin it comes from and the number of arguments it
 * accepts (read once at start-up: a plugin cannot change them later).
 */
public record ProvidedFunction(LoadedPlugin plugin, ExpressionFunction function, String name, int minArity,
                               int maxArity) {
    public ProvidedFunction {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(name, "name");
    }

    /**
     * Calls the function with expression values, converted to the plain values the plugin API promises; the result
     * is checked the same way.
     *
     * @throws IllegalArgumentException when an argument or the result is of a kind the API does not allow, or the
     *                                  function refused its arguments
     * @throws IllegalStateException    when the plugin's own classes are broken (a class missing from its jar)
     */
    public Object call(List<Object> arguments) {
        List<Object> values = PluginValues.arguments(arguments);
        Object result;
        try {
            result = PluginCalls.inPluginContext(function, () -> function.apply(values));
        } catch (LinkageError e) {
            // a class the plugin needs is missing from its jar: a broken plugin, not a broken expression
            throw new IllegalStateException("the plugin " + plugin.id() + " is broken: " + e);
        }
        return PluginValues.result(result);
    }
}
