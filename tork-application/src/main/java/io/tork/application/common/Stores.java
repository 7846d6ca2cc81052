package io.tork.application.common;

import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.LogStore;
import io.tork.application.port.out.NodeStore;
import io.tork.application.port.out.OutboxStore;
import io.tork.application.port.out.TaskStore;
import io.tork.application.port.out.Transactions;

/** The datastore ports, which always come from one backend together. */
public record Stores(JobStore jobs, TaskStore tasks, LogStore logs, NodeStore nodes, OutboxStore outbox,
                     Transactions transactions) {
}
