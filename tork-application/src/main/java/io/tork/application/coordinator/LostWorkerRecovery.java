package io.tork.application.coordinator;

import io.tork.application.common.QueueNames;
import io.tork.application.port.out.DistributedLock;
import io.tork.domain.node.Node;
import io.tork.domain.node.NodeStatus;
import io.tork.domain.task.Task;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the tasks of workers that stopped sending heartbeats to other workers (SPEC §6). A node silent for
 * {@value #MISSED_HEARTBEATS} heartbeat intervals is declared lost: each of its SCHEDULED or RUNNING attempts
 * fails and a new attempt is queued, then the node is marked OFFLINE. How long a task has been running plays no
 * part: a worker that keeps beating keeps its tasks.
 *
 * <p>Silence is judged only when it can be trusted: not before this coordinator has itself watched for three
 * intervals since it started or the broker came back (the stored heartbeats are as old as the outage), and not while heartbeats wait
 * unread on their queue (a busy coordinator must not mistake its own backlog for dead workers).
 *
 * <p>A sweep runs under the lock {@value #LOCK_KEY}, so that of several coordinators only one sweeps at a time.
 * The lock saves work rather than guarding correctness: every step is a conditional update, so a second sweep
 * over the same node finds nothing left to do.
 */
public final class LostWorkerRecovery {
    public static final String LOCK_KEY = "tork.recovery";
    static final int MISSED_HEARTBEATS = 3;
    private static final Logger log = LoggerFactory.getLogger(LostWorkerRecovery.class);

    private final CoordinatorServices services;
    private final DistributedLock lock;
    private final Duration heartbeatInterval;
    private final LostTaskReassignment reassignment;
    private volatile Instant watchingSince;

    public LostWorkerRecovery(CoordinatorServices services, DistributedLock lock, Duration heartbeatInterval) {
        this.services = Objects.requireNonNull(services, "services");
        this.lock = Objects.requireNonNull(lock, "lock");
        this.heartbeatInterval = Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        if (heartbeatInterval.isZero() || heartbeatInterval.isNegative()) {
            throw new IllegalArgumentException("the heartbeat interval must be positive, got " + heartbeatInterval);
        }
        this.watchingSince = services.clock().instant();
        this.reassignment = new LostTaskReassignment(services, new JobLifecycle(services, new TaskFactory(services),
                new ContainerScheduling(services)));
    }

    /**
     * One sweep over the silent nodes.
     *
     * @return false when this coordinator did nothing: it started less than three intervals ago, heartbeats wait
     *         unread, another one holds the lock, or the broker is down
     * @throws io.tork.application.port.out.StoreException when the lock or the node store can not be reached
     */
    public boolean runOnce() {
        if (!services.queue().isHealthy()) {
            // heartbeats can not arrive while the broker is away: every worker would look lost
            log.debug("the broker is down: not looking for lost workers");
            // once it is back, the heartbeats it could not carry have to be waited for afresh
            watchingSince = services.clock().instant();
            return false;
        }
        Instant silentSince = services.clock().instant().minus(heartbeatInterval.multipliedBy(MISSED_HEARTBEATS));
        if (silentSince.isBefore(watchingSince)) {
            // silence from before this coordinator started (or the broker came back) may be their absence
            log.debug("not looking for lost workers before watching heartbeats for {} intervals", MISSED_HEARTBEATS);
            return false;
        }
        if (heartbeatsWaiting()) {
            // a stored heartbeat is only as fresh as the last one read: unread ones may prove a node alive
            log.debug("heartbeats are still waiting to be read: not looking for lost workers");
            return false;
        }
        Optional<DistributedLock.Lock> held = lock.tryAcquire(LOCK_KEY);
        if (held.isEmpty()) {
            log.debug("another coordinator is looking for lost workers");
            return false;
        }
        try (DistributedLock.Lock ignored = held.get()) {
            for (Node node : services.stores().nodes().silentSince(silentSince)) {
                recover(node, silentSince);
            }
        }
        return true;
    }

    private boolean heartbeatsWaiting() {
        return services.queue().queue(QueueNames.HEARTBEAT).map(q -> q.size() > 0).orElse(false);
    }

    /** The node is marked OFFLINE only once all its tasks were handed over, so a failed step is retried next sweep. */
    private void recover(Node node, Instant silentSince) {
        boolean allHandedOver = true;
        for (Task task : services.stores().tasks().activeTasksOfNode(node.id())) {
            try {
                reassignment.reassign(node, task.id(), silentSince);
            } catch (RuntimeException e) {
                allHandedOver = false;
                log.warn("could not hand over task {} of lost node {}; trying again at the next sweep", task.id(),
                        node.id(), e);
            }
        }
        if (allHandedOver) markOffline(node);
    }

    private void markOffline(Node node) {
        try {
            // saved with the node's own last heartbeat: if the node was heard again meanwhile, the newer record wins
            services.stores().nodes().save(node.heartbeat(node.lastHeartbeatAt(), node.cpuPercent(), NodeStatus.OFFLINE,
                    node.taskCount()));
            log.info("node {} ({}) stopped sending heartbeats: marked OFFLINE", node.name(), node.id());
        } catch (RuntimeException e) {
            log.warn("could not mark node {} OFFLINE; trying again at the next sweep", node.id(), e);
        }
    }
}
