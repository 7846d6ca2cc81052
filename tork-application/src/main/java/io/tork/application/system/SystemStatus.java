package io.tork.application.system;

import io.tork.application.common.QueueNames;
import io.tork.application.common.Stores;
import io.tork.application.port.in.InvalidRequestException;
import io.tork.application.port.in.SystemQueries;
import io.tork.application.port.out.MessageQueue;
import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.QueueInfo;
import io.tork.domain.job.JobState;
import io.tork.domain.node.Node;
import io.tork.domain.node.NodeStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Health, nodes, queues and counters of a running installation. */
public final class SystemStatus implements SystemQueries {
    private static final Duration ONLINE_WINDOW = Duration.ofMinutes(5);
    private final Stores stores;
    private final MessageQueue queue;
    private final Map<String, BooleanSupplier> indicators;
    private final Clock clock;
    private final String version;
    private final Duration heartbeatInterval;

    /**
     * @param indicators named health checks (datastore, broker, runtime…), all must be up for UP
     * @param heartbeatInterval nodes silent for three intervals are reported OFFLINE
     */
    public SystemStatus(Stores stores, MessageQueue queue, Map<String, BooleanSupplier> indicators, Clock clock,
                        String version, Duration heartbeatInterval) {
        this.stores = stores;
        this.queue = queue;
        this.indicators = Map.copyOf(indicators);
        this.clock = clock;
        this.version = version;
        this.heartbeatInterval = heartbeatInterval;
    }

    @Override
    public Health health() {
        Map<String, String> details = new LinkedHashMap<>();
        boolean up = true;
        for (var e : new java.util.TreeMap<>(indicators).entrySet()) {
            boolean ok;
            try {
                ok = e.getValue().getAsBoolean();
            } catch (RuntimeException ex) {
                ok = false;
            }
            details.put(e.getKey(), ok ? "UP" : "DOWN");
            up &= ok;
        }
        return new Health(up ? "UP" : "DOWN", version, details);
    }

    @Override
    public List<Node> nodes() {
        Instant now = clock.instant();
        Instant offlineBefore = now.minus(heartbeatInterval.multipliedBy(3));
        return stores.nodes().heardSince(now.minus(ONLINE_WINDOW)).stream()
                .map(n -> n.status() == NodeStatus.UP && n.lastHeartbeatAt().isBefore(offlineBefore)
                        ? n.heartbeat(n.lastHeartbeatAt(), n.cpuPercent(), NodeStatus.OFFLINE, n.taskCount()) : n)
                .toList();
    }

    @Override
    public List<QueueInfo> queues() {
        return queue.queues();
    }

    @Override
    public Optional<QueueInfo> queue(String name) {
        return queue.queue(name);
    }

    @Override
    public void deleteQueue(String name) {
        if (!QueueNames.isTaskQueue(name)) throw new InvalidRequestException("queue " + name + " is not a task queue");
        if (queue.queue(name).isEmpty()) throw new NotFoundException("queue " + name + " not found");
        queue.deleteQueue(name);
    }

    @Override
    public Metrics metrics() {
        List<Node> online = nodes().stream().filter(n -> n.status() != NodeStatus.OFFLINE).toList();
        double cpu = online.stream().mapToDouble(Node::cpuPercent).average().orElse(0);
        return new Metrics(stores.jobs().count(JobState.RUNNING), stores.tasks().countRunning(), online.size(),
                Math.round(cpu * 100) / 100.0);
    }
}
