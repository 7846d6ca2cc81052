package io.tork.application.common;

import io.tork.application.port.out.OutboxStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Forgets outbox entries the broker took, several transactions' worth in one removal: while one sender removes
 * entries, the others only add theirs to the pile, and the remover takes the whole pile before it returns. Under
 * load this turns one delete (and one commit) per transaction into one per batch, with no thread and no delay of
 * its own. An entry whose removal is lost (the process dies first) is only sent again by the relay, which
 * consumers tolerate.
 */
final class SentEntries {
    private static final int MOST_PER_REMOVAL = 500;
    private final OutboxStore store;
    private final ConcurrentLinkedQueue<String> pile = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean removing = new AtomicBoolean();

    SentEntries(OutboxStore store) {
        this.store = store;
    }

    void forget(List<String> sent) {
        if (sent.isEmpty()) return;
        pile.addAll(sent);
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
