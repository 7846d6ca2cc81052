package io.tork.adapters.out.expression;

import java.time.Clock;

/** The functions every expression can call (SPEC §4.1), registered like any plugin's functions. */
public final class BuiltInFunctions {
    private BuiltInFunctions() {
    }

    /** Registers the built-ins; {@code now()} reads the given clock. */
    public static void registerInto(FunctionCatalog catalog, Clock clock) {
        GeneratorFunctions.registerInto(catalog, clock);
        TextFunctions.registerInto(catalog);
        CollectionFunctions.registerInto(catalog);
        JsonFunctions.registerInto(catalog);
    }
}
