package io.tork.application.worker;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of the tasks this worker took most recently. The broker delivers at least once and the outbox relay
 * may send a message twice; every attempt has its own task id, so a repeated id is a repeated delivery.
 */
final class RecentTasks {
    private final Map<String, Boolean> ids;

    RecentTasks(int capacity) {
        this.ids = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** @return true the first time an id is offered, false for every repeat still remembered */
    synchronized boolean firstTime(String taskId) {
        return ids.putIfAbsent(taskId, Boolean.TRUE) == null;
    }

    /** The task's delivery was handed back unfinished: its next delivery is not a repeat. */
    synchronized void forget(String taskId) {
        ids.remove(taskId);
    }
}
