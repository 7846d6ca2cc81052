package io.tork.adapters.out.expression;

import java.util.Map;

/**
 * Keeps the job's secret values out of evaluation error messages (SPEC §8). Function errors quote their
 * arguments, shortened; a shortened secret would slip past a redactor that looks for the whole value.
 */
final class SecretMask {
    static final String REDACTED = "[REDACTED]";

    private SecretMask() {
    }

    static String apply(String message, Map<String, Object> context) {
        if (context == null || !(context.get("secrets") instanceof Map<?, ?> secrets)) {
            return message;
        }
        String masked = message;
        for (Object value : secrets.values()) {
            if (value instanceof CharSequence secret && !secret.isEmpty()) {
                masked = masked.replace(Values.describe(secret), "'" + REDACTED + "'")
                        .replace(secret, REDACTED);
            }
        }
        return masked;
    }
}
