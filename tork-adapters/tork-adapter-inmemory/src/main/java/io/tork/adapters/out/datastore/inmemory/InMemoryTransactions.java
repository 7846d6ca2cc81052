package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.Transactions;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Units of work over the in-memory tables. While a unit runs, every other thread's datastore call waits for it,
 * so work inside a transaction should touch the stores only (no waiting on other threads that use them).
 */
final class InMemoryTransactions implements Transactions {
    private final UnitOfWork unit;

    InMemoryTransactions(UnitOfWork unit) {
        this.unit = unit;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return unit.write(work);
    }
}
