package io.tork.domain.node;

import java.time.Instant;

/** A coordinator or worker process, as its heartbeats describe it. */
public record Node(
        String id,
        String name,
        String role,
        Instant startedAt,
        Instant lastHeartbeatAt,
        double cpuPercent,
        String queue,
        NodeStatus status,
        String hostname,
        int port,
        int taskCount,
        String version) {

    public Node heartbeat(Instant at, double cpu, NodeStatus newStatus, int runningTasks) {
        return new Node(id, name, role, startedAt, at, cpu, queue, newStatus, hostname, port, runningTasks, version);
    }
}
