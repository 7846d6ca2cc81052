package io.tork.app.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Instants and durations the way people read them. */
public final class Times {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private Times() {
    }

    public static Optional<Instant> instant(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual()) return Optional.empty();
        try {
            return Optional.of(Instant.parse(value.asText()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static String local(Optional<Instant> instant) {
        return instant.map(LOCAL::format).orElse("");
    }

    /** {@code 850ms}, {@code 12s}, {@code 3m05s}, {@code 2h10m}. */
    public static String duration(Duration duration) {
        long millis = Math.max(0, duration.toMillis());
        if (millis < 1000) return millis + "ms";
        long seconds = millis / 1000;
        if (seconds < 60) return seconds + "s";
        if (seconds < 3600) return String.format("%dm%02ds", seconds / 60, seconds % 60);
        return String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    }

    /** How long the job or task ran: from its start to its end, or to now while it runs. */
    public static String ran(JsonNode node, Instant now) {
        Optional<Instant> started = instant(node, "startedAt");
        if (started.isEmpty()) return "";
        Instant ended = instant(node, "completedAt").or(() -> instant(node, "failedAt")).orElse(now);
        return duration(Duration.between(started.get(), ended));
    }
}
