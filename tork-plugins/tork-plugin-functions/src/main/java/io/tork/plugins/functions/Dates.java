package io.tork.plugins.functions;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;

/**
 * The date notions of the date functions: instants written as ISO-8601 text ({@code now()}'s form,
 * {@code 2024-05-01T12:00:00Z}) or as epoch milliseconds; patterns as {@link DateTimeFormatter} patterns; zones as
 * IANA names or offsets ({@code Europe/Paris}, {@code +02:00}), UTC by default.
 */
final class Dates {
    static final String UTC = "UTC";

    private Dates() {
    }

    static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + text + "' (use e.g. UTC, Europe/Paris or +02:00)");
        }
    }

    static DateTimeFormatter formatter(String pattern, ZoneId zone) {
        try {
            return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withZone(zone);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid date pattern '" + pattern + "': " + e.getMessage());
        }
    }

    /** An instant given as epoch milliseconds or ISO-8601 text; text without an offset is read in {@code zone}. */
    static Instant instant(Object value, ZoneId zone) {
        if (value instanceof Number millis) {
            return Instant.ofEpochMilli(millis.longValue());
        }
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("argument 1 must be a date (ISO-8601 text or epoch milliseconds), got "
                    + Args.describe(value));
        }
        String iso = text.strip();
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(iso).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocalDateTime) {
                try {
                    return LocalDate.parse(iso).atStartOfDay(zone).toInstant();
                } catch (DateTimeParseException notDate) {
                    throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 date such as "
                            + "2024-05-01T12:00:00Z or 2024-05-01");
                }
            }
        }
    }

    /** The instant that {@code text}, written in {@code pattern}, names; fields it lacks are taken as in {@code zone}. */
    static Instant parse(String text, String pattern, ZoneId zone) {
        TemporalAccessor parsed;
        try {
            parsed = DateTimeFormatter.ofPattern(pattern, Locale.ROOT).parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid date pattern '" + pattern + "': " + e.getMessage());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' does not match the pattern '" + pattern + "'");
        }
        ZoneId own = parsed.query(TemporalQueries.zone());
        ZoneId effective = own != null ? own : zone;
        LocalDate date = parsed.query(TemporalQueries.localDate());
        if (date == null) {
            if (parsed.isSupported(ChronoField.INSTANT_SECONDS)) {
                return Instant.from(parsed);
            }
            throw new IllegalArgumentException("the pattern '" + pattern + "' has no date (year, month and day)");
        }
        var time = parsed.query(TemporalQueries.localTime());
        return ZonedDateTime.of(date, time == null ? java.time.LocalTime.MIDNIGHT : time, effective).toInstant();
    }
}
