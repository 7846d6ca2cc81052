package io.tork.application.coordinator;

import io.tork.domain.task.Task;

/** A running task reported how far it got; its job's progress follows. */
final class ProgressHandler {
    private final CoordinatorServices services;

    ProgressHandler(CoordinatorServices services) {
        this.services = services;
    }

    void handle(Task report) {
        var updated = ConditionalUpdate.task(services.stores().tasks(), report.id(), t -> t.state().isActive(),
                t -> t.withProgress(report.progress()));
        if (updated.isEmpty() || updated.get().parentId() != null) return;
        Task task = updated.get();
        ConditionalUpdate.job(services.stores().jobs(), task.jobId(),
                j -> j.state().isActive() && j.position() == task.position(),
                j -> j.withProgress(j.progressWithCurrentTaskAt(task.progress())));
    }
}
