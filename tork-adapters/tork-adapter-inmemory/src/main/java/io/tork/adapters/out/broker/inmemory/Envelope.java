package io.tork.adapters.out.broker.inmemory;

import io.tork.application.port.out.Message;

/** A message waiting in a queue: higher priority first, then first published first. */
record Envelope(Message message, int priority, long sequence) implements Comparable<Envelope> {
    @Override
    public int compareTo(Envelope other) {
        int byPriority = Integer.compare(other.priority, priority);
        return byPriority != 0 ? byPriority : Long.compare(sequence, other.sequence);
    }
}
