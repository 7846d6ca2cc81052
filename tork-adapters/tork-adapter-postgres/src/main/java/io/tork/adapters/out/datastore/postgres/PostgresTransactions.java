package io.tork.adapters.out.datastore.postgres;

import io.tork.application.port.out.Transactions;
import java.util.function.Supplier;

/**
 * One database transaction per outermost call; the stores find it through the thread, so nested calls and every
 * store used inside join it.
 */
final class PostgresTransactions implements Transactions {
    private final Database database;

    PostgresTransactions(Database database) {
        this.database = database;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return database.inTransaction("transaction failed", db -> work.get());
    }
}
