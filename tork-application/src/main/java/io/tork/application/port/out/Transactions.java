package io.tork.application.port.out;

import java.util.function.Supplier;

/** Runs work that touches several records as one unit; nested calls join the outer unit. */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
