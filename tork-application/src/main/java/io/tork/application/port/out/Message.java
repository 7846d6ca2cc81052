package io.tork.application.port.out;

import io.tork.domain.node.Node;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskLogPart;

/**
 * Everything that travels over the broker. Adapters that cross a process boundary serialize these records
 * (with a type tag and a format version) and must tolerate unknown fields.
 */
public sealed interface Message {
    /** Brokers deliver higher priorities first (0–9). */
    default int priority() {
        return 0;
    }

    /** A task on its way to be scheduled, run, cancelled, or reported on (started/completed/failed/progress). */
    record TaskMessage(Task task) implements Message {
        @Override
        public int priority() {
            Integer p = task.spec() == null ? null : task.spec().priority();
            return p == null ? 0 : Math.max(0, Math.min(9, p));
        }
    }

    /** A command about a whole job, consumed by a coordinator. */
    record JobCommand(String jobId, JobCommandType type, String reason) implements Message {
    }

    /** A node proving it is alive. */
    record Heartbeat(Node node) implements Message {
    }

    /** Part of a task's output. */
    record LogPart(TaskLogPart part) implements Message {
    }

    enum JobCommandType {
        START, CANCEL, RESTART,
        /** The job's own timeout elapsed: fail it if it is still going. */
        TIME_OUT
    }
}
