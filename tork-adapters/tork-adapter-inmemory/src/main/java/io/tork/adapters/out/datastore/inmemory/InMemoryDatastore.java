package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.LogStore;
import io.tork.application.port.out.NodeStore;
import io.tork.application.port.out.OutboxStore;
import io.tork.application.port.out.RetentionStore;
import io.tork.application.port.out.ScheduledJobStore;
import io.tork.application.port.out.TaskStore;
import io.tork.application.port.out.Transactions;
import io.tork.application.port.out.UserStore;

/**
 * The datastore of standalone mode: jobs, tasks, log parts, nodes, users and the outbox in this process's memory, gone when it
 * stops. All stores share one lock and one unit of work, so a transaction spans all of them and rolls all of
 * them back when its work throws. Values are immutable records, so they are stored and handed out as they are.
 *
 * <p>Finished jobs and old logs are deleted through {@link #retention()} (the coordinator's cleanup loop), so memory
 * stays bounded by the retention settings.
 */
public final class InMemoryDatastore {
    private final JobStore jobs;
    private final TaskStore tasks;
    private final LogStore logs;
    private final NodeStore nodes;
    private final OutboxStore outbox;
    private final Transactions transactions;
    private final ScheduledJobStore scheduledJobs;
    private final RetentionStore retention;
    private final UserStore users;

    public InMemoryDatastore() {
        UnitOfWork unit = new UnitOfWork();
        JobTable jobTable = new JobTable(unit);
        TaskTable taskTable = new TaskTable(unit, jobTable);
        LogTable logTable = new LogTable(unit, taskTable);
        JobDeletion deletion = new JobDeletion(jobTable, taskTable, logTable);
        this.jobs = new InMemoryJobStore(unit, jobTable);
        this.tasks = new InMemoryTaskStore(unit, taskTable);
        this.logs = new InMemoryLogStore(unit, logTable);
        this.nodes = new InMemoryNodeStore(unit, new NodeTable(unit));
        this.outbox = new InMemoryOutboxStore(unit, new OutboxTable(unit));
        this.transactions = new InMemoryTransactions(unit);
        this.scheduledJobs = new InMemoryScheduledJobStore(unit, new ScheduledJobTable(unit), jobTable, deletion);
        this.retention = new InMemoryRetentionStore(unit, jobTable, logTable, deletion);
        this.users = new InMemoryUserStore(unit, new UserTable(unit));
    }

    public ScheduledJobStore scheduledJobs() {
        return scheduledJobs;
    }

    public RetentionStore retention() {
        return retention;
    }

    public JobStore jobs() {
        return jobs;
    }

    public TaskStore tasks() {
        return tasks;
    }

    public LogStore logs() {
        return logs;
    }

    public NodeStore nodes() {
        return nodes;
    }

    public OutboxStore outbox() {
        return outbox;
    }

    public Transactions transactions() {
        return transactions;
    }

    public UserStore users() {
        return users;
    }
}
