package io.tork.application.events;

import io.tork.application.common.Steps;
import io.tork.application.common.Stores;
import io.tork.application.port.out.JobQuery;
import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.Page;
import io.tork.application.port.out.TaskStore;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobState;
import io.tork.domain.task.Task;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Stores that tell a {@link StoreChangeListener} about every job and task created or changed through them, after
 * the change committed. Everything the coordinator and the API do goes through the stores, so this sees every
 * state change without the handlers having to announce them.
 */
public final class ObservedStores {
    private ObservedStores() {
    }

    public static Stores observe(Stores stores, StoreChangeListener listener) {
        AfterCommit transactions = new AfterCommit(stores.transactions());
        return new Stores(new Jobs(stores.jobs(), transactions, listener),
                new Tasks(stores.tasks(), transactions, listener), stores.logs(), stores.nodes(), stores.outbox(), transactions);
    }

    private record Jobs(JobStore inner, AfterCommit transactions, StoreChangeListener listener) implements JobStore {
        @Override
        public void create(Job job) {
            inner.create(job);
            transactions.whenCommitted(() -> listener.jobChanged(null, job));
        }

        @Override
        public void createStarted(Job submitted, Job started) {
            inner.createStarted(submitted, started);
            transactions.whenCommitted(() -> listener.jobChanged(null, submitted));
            transactions.whenCommitted(() -> listener.jobChanged(submitted, started));
        }

        @Override
        public Optional<Job> find(String id) {
            return inner.find(id);
        }

        @Override
        public Job update(String id, UnaryOperator<Job> change) {
            // the change may be applied more than once: the last application is the one stored
            if (change instanceof Steps<Job> steps) {
                Job after = inner.update(id, steps);
                steps.forEachChange((from, to) -> transactions.whenCommitted(() -> listener.jobChanged(from, to)));
                return after;
            }
            AtomicReference<Job> before = new AtomicReference<>();
            Job after = inner.update(id, current -> {
                before.set(current);
                return change.apply(current);
            });
            if (before.get() != after) transactions.whenCommitted(() -> listener.jobChanged(before.get(), after));
            return after;
        }

        @Override
        public Page<Job> page(JobQuery query) {
            return inner.page(query);
        }

        @Override
        public long count(JobState state) {
            return inner.count(state);
        }

        @Override
        public Optional<String> claimIdempotencyKey(String key, String jobId) {
            return inner.claimIdempotencyKey(key, jobId);
        }
    }

    private record Tasks(TaskStore inner, AfterCommit transactions, StoreChangeListener listener) implements TaskStore {
        @Override
        public void create(Task task) {
            inner.create(task);
            transactions.whenCommitted(() -> listener.taskChanged(null, task));
        }

        @Override
        public void createScheduled(Task created, Task scheduled) {
            inner.createScheduled(created, scheduled);
            transactions.whenCommitted(() -> listener.taskChanged(null, created));
            transactions.whenCommitted(() -> listener.taskChanged(created, scheduled));
        }

        @Override
        public Optional<Task> find(String id) {
            return inner.find(id);
        }

        @Override
        public Task update(String id, UnaryOperator<Task> change) {
            if (change instanceof Steps<Task> steps) {
                Task after = inner.update(id, steps);
                steps.forEachChange((from, to) -> transactions.whenCommitted(() -> listener.taskChanged(from, to)));
                return after;
            }
            AtomicReference<Task> before = new AtomicReference<>();
            Task after = inner.update(id, current -> {
                before.set(current);
                return change.apply(current);
            });
            if (before.get() != after) transactions.whenCommitted(() -> listener.taskChanged(before.get(), after));
            return after;
        }

        @Override
        public List<Task> tasksOfJob(String jobId) {
            return inner.tasksOfJob(jobId);
        }

        @Override
        public List<Task> activeTasksOfJob(String jobId) {
            return inner.activeTasksOfJob(jobId);
        }

        @Override
        public Optional<Task> nextCreatedChild(String parentId) {
            return inner.nextCreatedChild(parentId);
        }

        @Override
        public long countRunning() {
            return inner.countRunning();
        }

        @Override
        public List<Task> activeTasksOfNode(String nodeId) {
            return inner.activeTasksOfNode(nodeId);
        }
    }
}
