package io.tork.adapters.out.plugin;

import io.tork.plugin.api.ExpressionFunction;
import io.tork.plugin.api.RuntimePlugin;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one loaded plugin provides. Its extensions are read from its {@code META-INF/extensions.idx} and created
 * here, once, so that every way they can be broken (a class that does not load, a constructor that throws, a bad
 * name, a second copy of the plugin API in the jar) is reported against the plugin instead of being skipped
 * silently. A plugin with any broken extension contributes nothing: a half-working plugin would surprise more.
 */
final class PluginExtensions {
    private static final Logger LOG = LoggerFactory.getLogger(PluginExtensions.class);
    private static final Pattern RUNTIME_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern EXACT_VERSION = Pattern.compile("^\\d+\\.\\d+\\.\\d+$");
    private static final String API_PACKAGE = RuntimePlugin.class.getPackageName() + ".";

    record Runtime(RuntimePlugin extension, String name) {
    }

    record Function(ExpressionFunction extension, String name, int minArity, int maxArity) {
    }

    private final PluginManager manager;
    private final PluginWrapper wrapper;
    private final List<Runtime> runtimes = new ArrayList<>();
    private final List<Function> functions = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private PluginExtensions(PluginManager manager, PluginWrapper wrapper) {
        this.manager = manager;
        this.wrapper = wrapper;
    }

    static PluginExtensions of(PluginManager manager, PluginWrapper wrapper) {
        PluginExtensions extensions = new PluginExtensions(manager, wrapper);
        if (wrapper.getPluginState() == PluginState.STARTED) {
            extensions.create();
        }
        return extensions;
    }

    List<Runtime> runtimes() {
        return runtimes;
    }

    List<Function> functions() {
        return functions;
    }

    /** The plugin as {@code tork plugins} shows it. */
    LoadedPlugin describe(String file) {
        PluginDescriptor descriptor = wrapper.getDescriptor();
        String id = descriptor.getPluginId();
        String version = descriptor.getVersion() == null || descriptor.getVersion().isBlank() ? "-"
                : descriptor.getVersion();
        PluginState state = wrapper.getPluginState();
        if (state == PluginState.DISABLED) {
            String incompatibility = incompatibility(descriptor);
            return incompatibility == null
                    ? new LoadedPlugin(id, version, file, PluginStatus.DISABLED, "disabled in the plugins folder",
                            List.of(), List.of())
                    : LoadedPlugin.failed(id, version, file, incompatibility);
        }
        if (state != PluginState.STARTED) {
            return LoadedPlugin.failed(id, version, file, startFailure());
        }
        if (!problems.isEmpty()) {
            stopQuietly(id);
            return LoadedPlugin.failed(id, version, file, String.join("; ", problems));
        }
        if (runtimes.isEmpty() && functions.isEmpty()) {
            LOG.warn("plugin {} ({}) provides no runtime and no function: is META-INF/extensions.idx missing from "
                    + "the jar? (build it with annotation processing, <proc>full</proc> on JDK 23+)", id, file);
        }
        return new LoadedPlugin(id, version, file, PluginStatus.STARTED, null,
                runtimes.stream().map(Runtime::name).sorted().toList(),
                functions.stream().map(Function::name).sorted().toList());
    }

    private void create() {
        String pluginId = wrapper.getPluginId();
        Set<String> classNames = new TreeSet<>(manager.getExtensionClassNames(pluginId));
        for (String className : classNames) {
            Class<?> type;
            try {
                type = wrapper.getPluginClassLoader().loadClass(className);
            } catch (ClassNotFoundException | LinkageError e) {
                problems.add("extension " + className + " cannot be loaded: " + PluginHost.oneLine(e));
                continue;
            }
            if (RuntimePlugin.class.isAssignableFrom(type)) {
                createRuntime(type.asSubclass(RuntimePlugin.class));
            } else if (ExpressionFunction.class.isAssignableFrom(type)) {
                createFunction(type.asSubclass(ExpressionFunction.class));
            } else if (implementsForeignApi(type)) {
                problems.add("extension " + className + " implements its own copy of the Tork plugin API: the jar "
                        + "must not bundle tork-plugin-api (declare it with <scope>provided</scope>)");
            }
        }
    }

    private void createRuntime(Class<? extends RuntimePlugin> type) {
        RuntimePlugin runtime = instantiate(type);
        if (runtime == null) return;
        String name = read(type, () -> runtime.name());
        if (name == null) return;
        if (!RUNTIME_NAME.matcher(name).matches()) {
            problems.add("runtime " + type.getName() + " is named '" + name
                    + "': use lower-case letters, digits and dashes");
            return;
        }
        runtimes.add(new Runtime(runtime, name));
    }

    private void createFunction(Class<? extends ExpressionFunction> type) {
        ExpressionFunction function = instantiate(type);
        if (function == null) return;
        String name = read(type, () -> function.name());
        Integer min = read(type, () -> function.minArity());
        Integer max = read(type, () -> function.maxArity());
        if (name == null || min == null || max == null) return;
        if (!FUNCTION_NAME.matcher(name).matches()) {
            problems.add("function " + type.getName() + " is named '" + name + "': a function name is a Java-style "
                    + "identifier");
        } else if (min < 0 || max < min) {
            problems.add("function '" + name + "' accepts " + min + " to " + max + " arguments: that range is empty");
        } else {
            functions.add(new Function(function, name, min, max));
        }
    }

    private <T> T instantiate(Class<T> type) {
        try {
            return PluginCalls.inPluginContext(type.getClassLoader(), () -> type.getDeclaredConstructor().newInstance());
        } catch (InvocationTargetException e) {
            problems.add("cannot create " + type.getName() + ": " + PluginHost.oneLine(e.getCause()));
        } catch (Exception | LinkageError e) {
            problems.add("cannot create " + type.getName() + ": " + PluginHost.oneLine(e));
        }
        return null;
    }

    private <T> T read(Class<?> type, java.util.function.Supplier<T> property) {
        try {
            T value = property.get();
            if (value == null) {
                problems.add(type.getName() + " describes itself with null");
            }
            return value;
        } catch (RuntimeException | LinkageError e) {
            problems.add(type.getName() + " cannot describe itself: " + PluginHost.oneLine(e));
            return null;
        }
    }

    private static boolean implementsForeignApi(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> implemented : c.getInterfaces()) {
                if (implemented.getName().startsWith(API_PACKAGE)) {
                    return true;
                }
            }
        }
        return false;
    }

    private String incompatibility(PluginDescriptor descriptor) {
        String requires = descriptor.getRequires() == null ? "" : descriptor.getRequires().trim();
        String engine = manager.getSystemVersion();
        if (requires.isEmpty() || requires.equals("*") || EngineVersion.UNCHECKED.equals(engine)) {
            return null;
        }
        String constraint = EXACT_VERSION.matcher(requires).matches() ? ">=" + requires : requires;
        try {
            if (manager.getVersionManager().checkVersionConstraint(engine, constraint)) {
                return null;
            }
        } catch (RuntimeException e) {
            return "its Plugin-Requires '" + requires + "' is not a version constraint: " + PluginHost.oneLine(e);
        }
        return "needs Tork " + constraint + " (Plugin-Requires), this engine is " + engine;
    }

    private String startFailure() {
        Throwable failure = wrapper.getFailedException();
        if (wrapper.getPlugin() == null) {
            return "cannot create its Plugin-Class '" + wrapper.getDescriptor().getPluginClass() + "'";
        }
        return failure == null ? "did not start (state " + wrapper.getPluginState() + ")"
                : "failed to start: " + PluginHost.oneLine(failure);
    }

    private void stopQuietly(String id) {
        try {
            manager.stopPlugin(id);
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("stopping plugin {} failed: {}", id, e.toString());
        }
    }
}
