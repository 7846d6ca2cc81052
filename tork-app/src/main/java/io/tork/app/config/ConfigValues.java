package io.tork.app.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.tork.domain.common.Durations;

/**
 * Flat configuration keys ({@code worker.queues.default}) and their raw values (strings from the environment;
 * strings, numbers, booleans and lists from TOML), read as typed values.
 *
 * <p>Readers never throw: a bad value is recorded as a problem naming its key and the default is returned, so that
 * one pass finds every problem; {@link #throwIfProblems()} then reports them all at once.
 */
final class ConfigValues {
    private final Map<String, Object> values;
    private final List<String> problems = new ArrayList<>();

    ConfigValues(Map<String, ?> values) {
        this.values = new LinkedHashMap<>();
        values.forEach((key, value) -> this.values.put(key.toLowerCase(Locale.ROOT), value));
    }

    /** The value as text; absent when not set or blank. */
    Optional<String> text(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            problem(key, String.valueOf(value), "expected a single value");
            return Optional.empty();
        }
        String text = String.valueOf(value).trim();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    String text(String key, String defaultValue) {
        return text(key).orElse(defaultValue);
    }

    boolean bool(String key, boolean defaultValue) {
        Object value = values.get(key);
        if (value instanceof Boolean b) {
            return b;
        }
        return text(key).map(text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problem(key, text, "expected true or false");
                yield defaultValue;
            }
        }).orElse(defaultValue);
    }

    int integer(String key, int defaultValue, int min) {
        return text(key).map(text -> {
            try {
                int number = Integer.parseInt(text);
                if (number >= min) {
                    return number;
                }
                problem(key, text, "expected a whole number of at least " + min);
            } catch (NumberFormatException e) {
                problem(key, text, "expected a whole number");
            }
            return defaultValue;
        }).orElse(defaultValue);
    }

    Optional<Duration> duration(String key) {
        return text(key).flatMap(text -> parsed(key, text, Durations::parse, "expected a duration such as 10s, 5m or 1h30m"));
    }

    Duration positiveDuration(String key, Duration defaultValue) {
        Duration duration = duration(key).orElse(defaultValue);
        if (duration.isZero() || duration.isNegative()) {
            problem(key, text(key).orElse(""), "expected a positive duration");
            return defaultValue;
        }
        return duration;
    }

    long size(String key, String defaultValue) {
        String text = text(key, defaultValue);
        return parsed(key, text, ByteSizes::parse, "expected a size such as 500K, 10M or 1G")
                .filter(size -> {
                    boolean positive = size > 0;
                    if (!positive) {
                        problem(key, text, "expected a positive size");
                    }
                    return positive;
                })
                .orElseGet(() -> ByteSizes.parse(defaultValue));
    }

    /** A list given as a TOML array or as a comma-separated string; blank items are dropped. */
    List<String> list(String key, List<String> defaultValue) {
        Object value = values.get(key);
        Stream<?> items;
        if (value instanceof List<?> list) {
            items = list.stream();
        } else if (value == null || String.valueOf(value).isBlank()) {
            return defaultValue;
        } else {
            items = Arrays.stream(String.valueOf(value).split(","));
        }
        return items.map(item -> String.valueOf(item).trim()).filter(item -> !item.isEmpty()).toList();
    }

    <E extends Enum<E> & ConfigChoice> E choice(String key, Class<E> type, E defaultValue) {
        return text(key).map(text -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.configName().equalsIgnoreCase(text)
                        || constant.aliases().stream().anyMatch(text::equalsIgnoreCase)) {
                    return constant;
                }
            }
            String allowed = Arrays.stream(type.getEnumConstants()).map(ConfigChoice::configName)
                    .collect(Collectors.joining(", "));
            problems.add("unknown " + key + " '" + text + "': allowed values are " + allowed);
            return defaultValue;
        }).orElse(defaultValue);
    }

    /** The value as text whatever its kind: a list's items joined by commas; empty when not set. */
    String joinedText(String key) {
        Object value = values.get(key);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return value == null ? "" : String.valueOf(value).trim();
    }

    /** The keys directly or indirectly below {@code prefix}, relative to it, in the order they were given. */
    List<String> keysUnder(String prefix) {
        String start = prefix + ".";
        return values.keySet().stream()
                .filter(key -> key.startsWith(start) && key.length() > start.length())
                .map(key -> key.substring(start.length()))
                .toList();
    }

    /** Reads a value with a parser; a parser failure becomes a problem naming the key and what was expected. */
    <T> Optional<T> parsed(String key, String text, Function<String, T> parser, String expectation) {
        try {
            return Optional.of(parser.apply(text));
        } catch (IllegalArgumentException e) {
            problem(key, text, expectation);
            return Optional.empty();
        }
    }

    void problem(String key, String value, String expectation) {
        problems.add("invalid " + key + " '" + value + "': " + expectation);
    }

    void throwIfProblems() {
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }
}
