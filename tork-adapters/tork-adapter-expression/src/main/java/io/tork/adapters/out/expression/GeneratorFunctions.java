package io.tork.adapters.out.expression;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Functions that produce values from nothing but their arguments: numbers, sequences and the time. */
final class GeneratorFunctions {
    /** Keeps a typo such as {@code sequence(0, 1000000000)} from exhausting the coordinator's memory. */
    static final int MAX_SEQUENCE_LENGTH = 100_000;

    private GeneratorFunctions() {
    }

    static void registerInto(FunctionCatalog catalog, Clock clock) {
        catalog.register("sequence", 2, GeneratorFunctions::sequence);
        catalog.register("randomInt", 0, 1, GeneratorFunctions::randomInt);
        catalog.register("now", 0, arguments -> clock.instant().toString());
    }

    /** Integers from the first argument (included) to the second (excluded), as in the reference. */
    private static List<Long> sequence(List<Object> arguments) {
        long start = Arguments.integer(arguments, 0);
        long stop = Arguments.integer(arguments, 1);
        if (stop <= start) {
            return List.of();
        }
        long length = stop - start;
        if (length < 0 || length > MAX_SEQUENCE_LENGTH) {
            throw new FunctionArgumentException("at most " + MAX_SEQUENCE_LENGTH + " elements, asked for "
                    + (length < 0 ? "more" : Long.toString(length)));
        }
        List<Long> values = new ArrayList<>((int) length);
        for (long value = start; value < stop; value++) {
            values.add(value);
        }
        return values;
    }

    /** A non-negative random integer, below the argument when there is one. */
    private static long randomInt(List<Object> arguments) {
        if (arguments.isEmpty()) {
            return ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE);
        }
        long bound = Arguments.integer(arguments, 0);
        if (bound <= 0) {
            throw Arguments.expected("a positive integer", arguments.get(0));
        }
        return ThreadLocalRandom.current().nextLong(bound);
    }
}
