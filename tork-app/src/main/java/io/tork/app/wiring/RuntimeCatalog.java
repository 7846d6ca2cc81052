package io.tork.app.wiring;

import io.tork.application.port.out.TaskRuntime;
import io.tork.domain.validation.KnownRuntimes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every runtime this process knows by name, built-in or from a plugin, registered the same way (SPEC §7): a name
 * can be provided once only. A runtime is created when a task first needs it, and closed with the catalogue.
 */
final class RuntimeCatalog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RuntimeCatalog.class);

    /**
     * @param origin        who provides it, for messages: {@code the engine (built-in)} or {@code plugin 'id' (file)}
     * @param requiresImage whether its tasks must name an image
     */
    record Entry(String name, String origin, boolean requiresImage, Supplier<TaskRuntime> factory) {
    }

    static final String BUILT_IN = "the engine (built-in)";

    private final String defaultName;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, TaskRuntime> instances = new ConcurrentHashMap<>();

    /** @param defaultName the runtime of tasks that do not name one ({@code runtime.type}) */
    RuntimeCatalog(String defaultName) {
        this.defaultName = defaultName;
    }

    /** @throws IllegalArgumentException when another provider already registered the name; the message names both */
    RuntimeCatalog add(Entry entry) {
        Entry existing = entries.putIfAbsent(entry.name(), entry);
        if (existing != null) {
            throw new IllegalArgumentException("runtime '" + entry.name() + "' is provided by both "
                    + existing.origin() + " and " + entry.origin());
        }
        return this;
    }

    String defaultName() {
        return defaultName;
    }

    boolean contains(String name) {
        return entries.containsKey(name);
    }

    /** The names, sorted and comma-separated, for messages. */
    String describeNames() {
        return String.join(", ", new TreeSet<>(entries.keySet()));
    }

    /** What task validation needs: the names tasks may pick and which need an image. */
    KnownRuntimes known() {
        Set<String> needingImage = entries.values().stream().filter(Entry::requiresImage).map(Entry::name)
                .collect(Collectors.toSet());
        return new KnownRuntimes(defaultName, entries.keySet(), needingImage);
    }

    /** The runtime named {@code name}, created on first use; empty when no provider has that name. */
    Optional<TaskRuntime> runtime(String name) {
        Entry entry = entries.get(name);
        if (entry == null) {
            return Optional.empty();
        }
        return Optional.of(instances.computeIfAbsent(name, n -> entry.factory().get()));
    }

    /** The runtime of tasks that name none. */
    TaskRuntime defaultRuntime() {
        return runtime(defaultName).orElseThrow(() -> new IllegalStateException("no runtime " + defaultName));
    }

    @Override
    public void close() {
        instances.values().forEach(runtime -> {
            if (runtime instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.warn("closing the {} runtime failed: {}", runtime.name(), e.getMessage());
                }
            }
        });
        instances.clear();
    }
}
