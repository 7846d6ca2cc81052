package io.tork.application.testing;

import io.tork.application.port.out.IdGenerator;
import java.util.concurrent.atomic.AtomicLong;

/** Ids 00…01, 00…02, … in the engine's format (32 lower-case hex characters), so tests can predict them. */
public final class SequentialIds implements IdGenerator {
    private final AtomicLong last = new AtomicLong();

    @Override
    public String newId() {
        return String.format("%032x", last.incrementAndGet());
    }
}
