package io.tork.adapters.out.runtime.docker;

import com.github.dockerjava.api.model.DeviceRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a task's {@code gpus} in the syntax of {@code docker run --gpus}: {@code all}, a count ({@code 2}), or
 * comma-separated {@code key=value} pairs among {@code count}, {@code device} (ids, e.g.
 * {@code device=0,1} or {@code "device=0,1"}), {@code driver}, {@code capabilities} and {@code options}.
 */
final class GpuRequests {
    private static final int ALL = -1;

    private GpuRequests() {
    }

    /** @throws IllegalArgumentException when {@code value} does not follow the {@code --gpus} syntax */
    static DeviceRequest parse(String value) {
        String text = value == null ? "" : value.trim();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("no value");
        }
        if (text.equals("all")) {
            return request(ALL, null, null, List.of(), Map.of());
        }
        if (text.chars().allMatch(Character::isDigit)) {
            return request(Integer.parseInt(text), null, null, List.of(), Map.of());
        }
        Integer count = null;
        String driver = null;
        List<String> deviceIds = null;
        List<String> capabilities = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        String lastKey = null;
        for (String field : text.replace("\"", "").split(",")) {
            String part = field.trim();
            int eq = part.indexOf('=');
            if (eq < 0) {
                // "device=0,1": a bare value continues the list of the key before it.
                if ("device".equals(lastKey)) {
                    deviceIds.add(part);
                    continue;
                }
                if ("capabilities".equals(lastKey)) {
                    capabilities.add(part);
                    continue;
                }
                throw new IllegalArgumentException("'" + part + "' is not a key=value pair");
            }
            String key = part.substring(0, eq).trim();
            String val = part.substring(eq + 1).trim();
            switch (key) {
                case "count" -> count = val.equals("all") ? ALL : parseCount(val);
                case "device" -> {
                    deviceIds = new ArrayList<>();
                    deviceIds.add(val);
                }
                case "driver" -> driver = val;
                case "capabilities" -> capabilities.add(val);
                case "options" -> {
                    int inner = val.indexOf('=');
                    if (inner < 0) {
                        throw new IllegalArgumentException("option '" + val + "' is not a key=value pair");
                    }
                    options.put(val.substring(0, inner), val.substring(inner + 1));
                }
                default -> throw new IllegalArgumentException("unknown key '" + key + "'");
            }
            lastKey = key;
        }
        if (count != null && deviceIds != null) {
            throw new IllegalArgumentException("count and device cannot both be set");
        }
        Integer requested = count == null && deviceIds == null ? Integer.valueOf(ALL) : count;
        return request(requested, driver, deviceIds, capabilities, options);
    }

    private static int parseCount(String val) {
        try {
            return Integer.parseInt(val);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("count '" + val + "' is not a number");
        }
    }

    private static DeviceRequest request(Integer count, String driver, List<String> deviceIds,
            List<String> capabilities, Map<String, String> options) {
        DeviceRequest request = new DeviceRequest()
                .withCapabilities(List.of(capabilities.isEmpty() ? List.of("gpu") : List.copyOf(capabilities)));
        if (count != null) {
            request = request.withCount(count);
        }
        if (driver != null) {
            request = request.withDriver(driver);
        }
        if (deviceIds != null) {
            request = request.withDeviceIds(List.copyOf(deviceIds));
        }
        if (!options.isEmpty()) {
            request = request.withOptions(Map.copyOf(options));
        }
        return request;
    }
}
