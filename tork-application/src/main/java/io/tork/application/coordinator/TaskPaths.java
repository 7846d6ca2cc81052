package io.tork.application.coordinator;

import io.tork.domain.task.Task;

/**
 * Where a task stands in its job document, for error messages: {@code tasks[2]} for a top-level task. A child's
 * own index is not kept once it runs, so deeper tasks are named by their name instead.
 */
final class TaskPaths {
    private TaskPaths() {
    }

    /** The prefix for the fields of {@code task}: {@code tasks[2].} or {@code task 'resize'.} */
    static String prefixOf(Task task) {
        if (task.parentId() == null) return "tasks[" + (task.position() - 1) + "].";
        return "task '" + task.spec().name() + "': ";
    }
}
