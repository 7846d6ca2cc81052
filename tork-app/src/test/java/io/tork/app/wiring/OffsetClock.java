package io.tork.app.wiring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The real time shifted by an offset the test sets: moving it just before a cron tick saves waiting for it. */
final class OffsetClock extends Clock {
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Shifts the clock so that it reads {@code instant} now (and runs on from there). */
    void setTo(Instant instant) {
        offset.set(Duration.between(Instant.now(), instant));
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // a snapshot of the current offset: later shifts do not reach it
        return Clock.offset(Clock.system(zone), offset.get());
    }
}
