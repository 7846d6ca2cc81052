package io.tork.adapters.out.expression;

/** Conversions between values and JSON text. */
final class JsonFunctions {
    private JsonFunctions() {
    }

    static void registerInto(FunctionCatalog catalog) {
        catalog.register("fromJSON", 1, a -> JsonReader.read(Arguments.text(a, 0)));
        catalog.register("toJSON", 1, a -> JsonWriter.write(a.get(0)));
    }
}
