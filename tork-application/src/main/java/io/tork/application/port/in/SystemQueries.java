package io.tork.application.port.in;

import io.tork.application.port.out.QueueInfo;
import io.tork.domain.node.Node;
import java.util.List;
import java.util.Optional;

public interface SystemQueries {
    Health health();

    /** Nodes heard of in the last five minutes, by name. */
    List<Node> nodes();

    List<QueueInfo> queues();

    Optional<QueueInfo> queue(String name);

    /** @throws InvalidRequestException when the queue is not a task queue */
    void deleteQueue(String name);

    Metrics metrics();

    /** @param status UP or DOWN; {@code details} names each component's state, e.g. {@code datastore: UP} */
    record Health(String status, String version, java.util.Map<String, String> details) {
        public boolean isUp() {
            return "UP".equals(status);
        }
    }

    record Metrics(long runningJobs, long runningTasks, int onlineNodes, double cpuPercent) {
    }
}
