package io.tork.adapters.out.broker.inmemory;

import java.util.concurrent.ThreadFactory;

/**
 * Where consumers run. Virtual threads from Java 24 on; before that a handler blocking inside
 * {@code synchronized} code (JDBC drivers, HTTP clients) pins its carrier, and a few such handlers on a two-core
 * machine would starve every other consumer, so older runtimes get daemon platform threads.
 */
final class ConsumerThreads {
    private static final boolean VIRTUAL_THREADS_DO_NOT_PIN = Runtime.version().feature() >= 24;

    private ConsumerThreads() {
    }

    static ThreadFactory forQueue(String queue) {
        String prefix = "tork-queue-" + queue + "-";
        return VIRTUAL_THREADS_DO_NOT_PIN
                ? Thread.ofVirtual().name(prefix, 1).factory()
                : Thread.ofPlatform().daemon().name(prefix, 1).factory();
    }
}
