package io.tork.application.webhook;

import io.tork.domain.job.Job;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Hides a job's secrets in what leaves the engine (SPEC §8, reference §9.4): values of keys naming a secret
 * ({@code SECRET}, {@code PASSWORD}, {@code ACCESS_KEY}, any case) are replaced whole, and every occurrence of one
 * of the job's secret values inside other text is replaced where it occurs.
 */
final class SecretRedaction {
    static final String REDACTED = "[REDACTED]";
    private static final List<String> SENSITIVE_KEY_PARTS = List.of("SECRET", "PASSWORD", "ACCESS_KEY");

    /** Longest first, so a secret containing another is hidden whole. */
    private final List<String> secretValues;

    private SecretRedaction(List<String> secretValues) {
        this.secretValues = secretValues.stream()
                .filter(Objects::nonNull)
                .filter(v -> !v.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    static SecretRedaction of(Job job) {
        List<String> values = new ArrayList<>();
        if (job.spec() != null && job.spec().secrets() != null) values.addAll(job.spec().secrets().values());
        if (job.context() != null) values.addAll(job.context().secrets().values());
        return new SecretRedaction(values);
    }

    String text(String value) {
        if (value == null || value.isEmpty()) return value;
        String result = value;
        for (String secret : secretValues) result = result.replace(secret, REDACTED);
        return result;
    }

    Map<String, String> map(Map<String, String> values) {
        if (values == null) return null;
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, isSensitiveKey(k) ? REDACTED : text(v)));
        return out;
    }

    List<String> list(List<String> values) {
        return values == null ? null : values.stream().map(this::text).toList();
    }

    private static boolean isSensitiveKey(String key) {
        String upper = key.toUpperCase(Locale.ROOT);
        return SENSITIVE_KEY_PARTS.stream().anyMatch(upper::contains);
    }
}
