package io.tork.adapters.out.expression;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The functions expressions may call, by name. Built-in functions and plugin functions are registered the same
 * way (SPEC §7), so a plugin can add a function but never silently replace one.
 */
public final class FunctionCatalog {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Who provides the functions registered without naming their origin. */
    public static final String BUILT_IN = "the engine (built-in)";

    private final Map<String, CatalogFunction> functions = new ConcurrentHashMap<>();
    private final Map<String, String> origins = new ConcurrentHashMap<>();

    /** An empty catalogue. */
    public FunctionCatalog() {
    }

    /** A catalogue holding the built-in functions of SPEC §4.1. */
    public static FunctionCatalog withBuiltIns(Clock clock) {
        FunctionCatalog catalog = new FunctionCatalog();
        BuiltInFunctions.registerInto(catalog, clock);
        return catalog;
    }

    /** Registers a function taking exactly {@code arguments} arguments. */
    public FunctionCatalog register(String name, int arguments, ExpressionFunction body) {
        return register(new CatalogFunction(name, arguments, arguments, body));
    }

    /** Registers a function taking between {@code minArguments} and {@code maxArguments} arguments. */
    public FunctionCatalog register(String name, int minArguments, int maxArguments, ExpressionFunction body) {
        return register(new CatalogFunction(name, minArguments, maxArguments, body));
    }

    /**
     * Registers a built-in function.
     *
     * @throws IllegalArgumentException when the name is not an identifier or is already taken
     */
    public FunctionCatalog register(CatalogFunction function) {
        return register(function, BUILT_IN);
    }

    /**
     * Registers a function provided by {@code origin} (a plugin, say), so that a clash names both providers.
     *
     * @throws IllegalArgumentException when the name is not an identifier or is already taken
     */
    public synchronized FunctionCatalog register(CatalogFunction function, String origin) {
        if (!NAME.matcher(function.name()).matches()) {
            throw new IllegalArgumentException("function name '" + function.name() + "' is not an identifier");
        }
        String existing = origins.get(function.name());
        if (existing != null) {
            throw new IllegalArgumentException("function '" + function.name() + "' is provided by both " + existing
                    + " and " + origin);
        }
        origins.put(function.name(), origin);
        functions.put(function.name(), function);
        return this;
    }

    /** Who provides the function {@code name}, when it is registered. */
    public Optional<String> origin(String name) {
        return Optional.ofNullable(name == null ? null : origins.get(name));
    }

    public Optional<CatalogFunction> find(String name) {
        return Optional.ofNullable(name == null ? null : functions.get(name));
    }

    /** The registered names, sorted. */
    public Set<String> names() {
        return new TreeSet<>(functions.keySet());
    }
}
