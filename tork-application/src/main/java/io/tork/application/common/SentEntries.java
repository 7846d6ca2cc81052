package io.tork.application.common;

import io.tork.application.port.out.OutboxStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Forgets outbox entries once the broker has stored them, many transactions' worth in one removal: while one
 * thread removes entries, the others only add theirs to the pile, and the remover takes the whole pile before it
 * returns. An entry whose removal is lost (the process dies first) is only sent again by the relay, which
 * consumers tolerate.
 *
 * <p>A broker that confirms later does so on its own I/O thread, which must not wait for the datastore: those
 * entries are removed by a virtual thread that first lets confirmations gather for {@link #GATHERING} — under
 * load one delete (and one commit) then serves dozens of transactions instead of one or two. An entry already
 * stored when handed over (a broker that stores before returning) is forgotten at once by the caller.
 */
final class SentEntries {
    private static final int MOST_PER_REMOVAL = 500;
    static final Duration GATHERING = Duration.ofMillis(100);
    private final OutboxStore store;
    private final ConcurrentLinkedQueue<String> pile = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean removing = new AtomicBoolean();
    private final AtomicBoolean gathering = new AtomicBoolean();

    SentEntries(OutboxStore store) {
        this.store = store;
    }

    /** Forgets the entry once {@code stored} yields its id; an entry the broker did not take stays kept. */
    void forgetWhenStored(CompletableFuture<String> stored) {
        if (stored.isDone()) {
            String id = stored.join();
            if (id != null) {
                pile.add(id);
                removePile();
            }
            return;
        }
        stored.thenAccept(id -> {
            if (id == null) return;
            pile.add(id);
            if (gathering.compareAndSet(false, true)) Thread.ofVirtual().name("outbox-forget").start(this::gatherThenForget);
        });
    }

    private void gatherThenForget() {
        try {
            Thread.sleep(GATHERING);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // cleared before draining: an id added from now on starts the next gathering
            gathering.set(false);
        }
        removePile();
    }

    private void removePile() {
        // re-checked after each removal: entries added while this thread removed are this thread's to remove
        while (!pile.isEmpty() && removing.compareAndSet(false, true)) {
            try {
                OutboxSending.forget(store, takeBatch());
            } finally {
                removing.set(false);
            }
        }
    }

    private List<String> takeBatch() {
        List<String> batch = new ArrayList<>();
        String id;
        while (batch.size() < MOST_PER_REMOVAL && (id = pile.poll()) != null) batch.add(id);
        return batch;
    }
}
