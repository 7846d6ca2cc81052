package io.tork.application.port.out;

import io.tork.domain.task.TaskLogPart;
import java.util.Objects;

/**
 * A notice for watchers (the web console, {@code GET /events}) that something happened, sent once the change is
 * stored. Notices are hints, not state: a watcher reads the job again to learn what changed, so a notice lost or
 * merged with the next one costs nothing but a moment's delay.
 */
public sealed interface Activity {
    /** The job, or one of its tasks, changed. */
    record JobChanged(String jobId) implements Activity {
        public JobChanged {
            Objects.requireNonNull(jobId, "jobId");
        }
    }

    /** A task printed something; the part is already stored. */
    record LogAppended(TaskLogPart part) implements Activity {
        public LogAppended {
            Objects.requireNonNull(part, "part");
        }
    }
}
