package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.LogStore;
import io.tork.application.port.out.NodeStore;
import io.tork.application.port.out.TaskStore;
import io.tork.application.port.out.Transactions;
import io.tork.application.port.out.UserStore;

/**
 * The datastore of standalone mode: jobs, tasks, log parts, nodes and users in this process's memory, gone when it
 * stops. All stores share one lock and one unit of work, so a transaction spans all of them and rolls all of
 * them back when its work throws. Values are immutable records, so they are stored and handed out as they are.
 *
 * <p>Nothing is ever deleted: the ports have no retention operation yet, so memory grows with the jobs run.
 */
public final class InMemoryDatastore {
    private final JobStore jobs;
    private final TaskStore tasks;
    private final LogStore logs;
    private final NodeStore nodes;
    private final Transactions transactions;
    private final UserStore users;

    public InMemoryDatastore() {
        UnitOfWork unit = new UnitOfWork();
        JobTable jobTable = new JobTable(unit);
        TaskTable taskTable = new TaskTable(unit, jobTable);
        this.jobs = new InMemoryJobStore(unit, jobTable);
        this.tasks = new InMemoryTaskStore(unit, taskTable);
        this.logs = new InMemoryLogStore(unit, new LogTable(unit, taskTable));
        this.nodes = new InMemoryNodeStore(unit, new NodeTable(unit));
        this.transactions = new InMemoryTransactions(unit);
        this.users = new InMemoryUserStore(unit, new UserTable(unit));
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

    public Transactions transactions() {
        return transactions;
    }

    public UserStore users() {
        return users;
    }
}
