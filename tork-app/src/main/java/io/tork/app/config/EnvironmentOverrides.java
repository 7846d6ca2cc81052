package io.tork.app.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns {@code TORK_<KEY>} environment variables into configuration keys: lower-case, {@code _} separating
 * segments ({@code TORK_WORKER_QUEUES_VIDEO} becomes {@code worker.queues.video}). As a consequence a key segment
 * that itself contains {@code _} cannot be set from the environment, as in the Go engine.
 */
final class EnvironmentOverrides {
    private static final String PREFIX = "TORK_";

    private EnvironmentOverrides() {
    }

    static Map<String, String> from(Map<String, String> environment) {
        Map<String, String> keys = new LinkedHashMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(PREFIX) && name.length() > PREFIX.length()
                    && !name.equals(ConfigFiles.CONFIG_VARIABLE)) {
                keys.put(name.substring(PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        return keys;
    }
}
