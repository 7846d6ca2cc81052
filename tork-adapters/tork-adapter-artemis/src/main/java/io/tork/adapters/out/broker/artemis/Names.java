package io.tork.adapters.out.broker.artemis;

/** Addresses and message properties this adapter agrees on with every other process using the same broker. */
final class Names {
    /** Where messages that cannot be handled end up, with the reason in {@link #DEAD_LETTER_REASON}. */
    static final String DEAD_LETTERS = "DLQ";
    /** The multicast address of job events; each subscriber binds a queue of its own to it. */
    static final String EVENTS = "tork.events";
    /** The multicast address of activity notices for watchers; each watcher binds a queue of its own to it. */
    static final String ACTIVITY = "tork.activity";
    /** The event's topic ({@code job.completed}), which subscription filters match. */
    static final String TOPIC = "torkTopic";
    static final String DEAD_LETTER_REASON = "torkDeadLetterReason";
    static final String ORIGINAL_QUEUE = "torkOriginalQueue";

    private Names() {
    }

    /** Broker-internal queues that are not Tork queues and are left out of listings. */
    static boolean isInternal(String queue) {
        return queue.startsWith("activemq.") || queue.startsWith("$") || queue.equals("ExpiryQueue");
    }
}
