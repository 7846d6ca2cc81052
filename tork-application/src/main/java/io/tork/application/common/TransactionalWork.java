package io.tork.application.common;

import io.tork.application.port.out.EventBus;
import io.tork.application.port.out.IdGenerator;
import io.tork.application.port.out.MessageQueue;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work in a transaction with an {@link Outbox}: its messages are kept in the transaction, sent after it.
 * Not for use inside another transaction: the messages would be sent before the outer one committed.
 */
public final class TransactionalWork {
    private final Stores stores;
    private final MessageQueue queue;
    private final EventBus events;
    private final IdGenerator ids;
    private final Clock clock;
    /** Shared by every transaction of this work, so that their sent entries are forgotten together. */
    private final SentEntries sentEntries;

    /** @param events null when the work announces no job events */
    public TransactionalWork(Stores stores, MessageQueue queue, EventBus events, IdGenerator ids, Clock clock) {
        this.stores = stores;
        this.queue = queue;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
        this.sentEntries = new SentEntries(stores.outbox());
    }

    public <T> T apply(Function<Outbox, T> work) {
        Outbox out = new Outbox(queue, events, stores.outbox(), sentEntries, ids, clock);
        T result = stores.transactions().inTransaction(() -> {
            T value = work.apply(out);
            out.keep();
            return value;
        });
        out.flush();
        return result;
    }

    public void run(Consumer<Outbox> work) {
        apply(out -> {
            work.accept(out);
            return null;
        });
    }
}
