package io.tork.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** The job documents the benchmarks submit, as JSON. */
final class Jobs {
    /** The image of the local test images (every Docker test here uses it; no registry is reachable). */
    static final String IMAGE = "busybox:latest";

    private Jobs() {
    }

    /** One task running {@code true}; {@code image} null for the shell runtime, which refuses images. */
    static String oneTask(String image) {
        return "{\"name\":\"bench\",\"tasks\":[" + task("t", image) + "]}";
    }

    /** {@code count} tasks one after the other, each a container running {@code true}. */
    static String sequential(int count, String image) {
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tasks.add("{\"name\":\"t" + i + "\",\"image\":\"" + image + "\",\"cmd\":[\"true\"]}");
        }
        return "{\"name\":\"bench sequential\",\"tasks\":[" + String.join(",", tasks) + "]}";
    }

    /** One {@code each} over {@code items} items, {@code concurrency} at a time. */
    static String each(int items, int concurrency, String image) {
        return "{\"name\":\"bench each\",\"tasks\":[{\"name\":\"fan out\",\"each\":{\"list\":\"{{ sequence(0, " + items
                + ") }}\",\"concurrency\":" + concurrency + ",\"task\":" + task("item", image) + "}}]}";
    }

    private static String task(String name, String image) {
        return "{\"name\":\"" + name + "\"" + (image == null ? "" : ",\"image\":\"" + image + "\"")
                + ",\"run\":\"true\"}";
    }
}
