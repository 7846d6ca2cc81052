package io.tork.application.worker;

import io.tork.application.common.QueueNames;
import io.tork.application.port.out.IdGenerator;
import io.tork.application.port.out.Message.LogPart;
import io.tork.application.port.out.MessageQueue;
import io.tork.domain.task.TaskLogPart;
import java.time.Clock;

/**
 * Batches a task's output into numbered log parts, one about every half second while output flows, so a long task's
 * log can be read while it runs without a message per line.
 */
final class LogShipper {
    private final String taskId;
    private final MessageQueue queue;
    private final IdGenerator ids;
    private final Clock clock;
    private final StringBuilder buffer = new StringBuilder();
    private int number;

    LogShipper(String taskId, MessageQueue queue, IdGenerator ids, Clock clock) {
        this.taskId = taskId;
        this.queue = queue;
        this.ids = ids;
        this.clock = clock;
    }

    synchronized void append(String text) {
        buffer.append(text);
    }

    /** Ships what accumulated since the last flush, if anything. */
    void flush() {
        String contents;
        int partNumber;
        synchronized (this) {
            if (buffer.isEmpty()) return;
            contents = buffer.toString();
            buffer.setLength(0);
            partNumber = ++number;
        }
        queue.publish(QueueNames.LOGS, new LogPart(new TaskLogPart(ids.newId(), taskId, partNumber, contents, clock.instant())));
    }
}
