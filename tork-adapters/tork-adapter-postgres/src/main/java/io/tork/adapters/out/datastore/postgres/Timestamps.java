package io.tork.adapters.out.datastore.postgres;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants as the {@code timestamp with time zone} columns take them. PostgreSQL keeps microseconds and would
 * round finer instants; truncating here makes the stored value predictable (documents keep the exact instant).
 */
final class Timestamps {
    private Timestamps() {
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
