package io.tork.application.coordinator;

import io.tork.domain.task.Task;
import java.time.Instant;

/** When a child task fails for good, the composite tasks above it fail with the same error. */
final class FailurePropagation {
    private FailurePropagation() {
    }

    static void failTaskAndAncestors(CoordinatorServices services, Task task, String error) {
        Instant now = services.clock().instant();
        ConditionalUpdate.task(services.stores().tasks(), task.id(), t -> t.state().isActive(), t -> t.fail(error, now));
        failAncestors(services, task, error);
    }

    static void failAncestors(CoordinatorServices services, Task task, String error) {
        Instant now = services.clock().instant();
        String parentId = task.parentId();
        while (parentId != null) {
            var parent = services.stores().tasks().find(parentId);
            if (parent.isEmpty()) return;
            ConditionalUpdate.task(services.stores().tasks(), parentId, t -> t.state().isActive(), t -> t.fail(error, now));
            parentId = parent.get().parentId();
        }
    }
}
