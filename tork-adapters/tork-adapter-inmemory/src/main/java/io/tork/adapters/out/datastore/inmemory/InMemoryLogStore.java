package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.LogStore;
import io.tork.application.port.out.Page;
import io.tork.domain.task.TaskLogPart;
import java.util.Objects;

/** {@link LogStore} over the shared {@link LogTable}. */
final class InMemoryLogStore implements LogStore {
    private final UnitOfWork unit;
    private final LogTable logs;

    InMemoryLogStore(UnitOfWork unit, LogTable logs) {
        this.unit = unit;
        this.logs = logs;
    }

    @Override
    public void append(TaskLogPart part) {
        Objects.requireNonNull(part, "part");
        unit.run(() -> logs.append(part));
    }

    @Override
    public Page<TaskLogPart> ofTask(String taskId, String search, int page, int size) {
        return unit.read(() -> logs.ofTask(taskId, search, page, size));
    }

    @Override
    public Page<TaskLogPart> ofJob(String jobId, String search, int page, int size) {
        return unit.read(() -> logs.ofJob(jobId, search, page, size));
    }
}
