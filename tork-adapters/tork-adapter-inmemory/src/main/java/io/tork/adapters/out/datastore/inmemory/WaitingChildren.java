package io.tork.adapters.out.datastore.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The CREATED children of one parent in the order they are released: earliest creation instant first, then
 * creation order. An {@code each} over 100,000 items keeps its children here, so an entry is just an id and an
 * instant, and a child that stops waiting is not searched for: it stays where it is and is stepped over once the
 * front of the line reaches it. Every child still waiting is at or after {@link #front}. A line lasts as long as
 * its parent's job (8 bytes a child), so that a rolled-back release finds its child's old place. Not thread-safe:
 * used only under the {@link UnitOfWork}'s lock.
 */
final class WaitingChildren {
    private static final Comparator<Instant> EARLIEST_FIRST = Comparator.nullsLast(Comparator.naturalOrder());

    /** In release order; the entries before {@code front} wait no more. */
    private final List<String> ids = new ArrayList<>();
    private final List<Instant> createdAts = new ArrayList<>();
    private int front;

    /** A child that waits from now on; after its equals in creation instant, as it was created after them. */
    void add(String id, Instant createdAt) {
        int at = ids.size();
        // children are normally created in order: the loop rarely steps back at all
        while (at > 0 && EARLIEST_FIRST.compare(createdAts.get(at - 1), createdAt) > 0) at--;
        ids.add(at, id);
        createdAts.add(at, createdAt);
        if (at < front) front = at;
    }

    /**
     * A child that waited, stopped and waits again (its change was rolled back): back in its old place, which the
     * front may have passed.
     */
    void waitAgain(String id, Instant createdAt) {
        for (int i = front - 1; i >= 0; i--) {
            if (ids.get(i).equals(id)) {
                front = i;
                return;
            }
        }
        if (!ids.subList(front, ids.size()).contains(id)) add(id, createdAt);
    }

    /** Forgets a child that no longer exists; the newest is looked for first (an insert rolled back). */
    void remove(String id) {
        int at = ids.lastIndexOf(id);
        if (at < 0) return;
        ids.remove(at);
        createdAts.remove(at);
        if (at < front) front--;
    }

    /** The first child that still waits, stepping over those that do not; null when none does. */
    String first(Predicate<String> stillWaiting) {
        while (front < ids.size() && !stillWaiting.test(ids.get(front))) front++;
        return front < ids.size() ? ids.get(front) : null;
    }
}
