package io.tork.application.system;

import static io.tork.application.testing.Harness.eventually;
import static io.tork.application.testing.Specs.job;
import static io.tork.application.testing.Specs.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.common.QueueNames;
import io.tork.application.port.in.InvalidRequestException;
import io.tork.application.port.in.SystemQueries.Health;
import io.tork.application.port.in.SystemQueries.Metrics;
import io.tork.application.port.out.Message.Heartbeat;
import io.tork.application.port.out.NotFoundException;
import io.tork.application.testing.Harness;
import io.tork.domain.job.Job;
import io.tork.domain.node.Node;
import io.tork.domain.node.NodeStatus;
import io.tork.domain.task.TaskState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SystemStatusTest {

    @Test
    void healthIsUpWhenEveryIndicatorIs() {
        try (Harness harness = Harness.builder().withoutWorker().indicator("datastore", () -> true).start()) {
            Health health = harness.system().health();

            assertThat(health.isUp()).isTrue();
            assertThat(health.version()).isEqualTo("test");
            assertThat(health.details()).containsEntry("datastore", "UP").containsEntry("broker", "UP")
                    .containsEntry("runtime", "UP");
        }
    }

    @Test
    void healthIsDownWhenAnIndicatorFailsAndNamesIt() {
        try (Harness harness = Harness.builder().withoutWorker().indicator("datastore", () -> true).start()) {
            harness.queue().setHealthy(false);

            Health health = harness.system().health();

            assertThat(health.status()).isEqualTo("DOWN");
            assertThat(health.details()).containsEntry("broker", "DOWN").containsEntry("datastore", "UP");
        }
    }

    @Test
    void anIndicatorThatThrowsCountsAsDown() {
        try (Harness harness = Harness.builder().withoutWorker()
                .indicator("datastore", () -> {
                    throw new IllegalStateException("connection refused");
                }).start()) {
            Health health = harness.system().health();

            assertThat(health.isUp()).isFalse();
            assertThat(health.details()).containsEntry("datastore", "DOWN");
        }
    }

    @Test
    void aWorkersHeartbeatStoresItsNode() {
        try (Harness harness = Harness.start()) {
            eventually().until(() -> harness.stores().nodes().find(Harness.WORKER_ID).isPresent());

            Node node = harness.stores().nodes().find(Harness.WORKER_ID).orElseThrow();
            assertThat(node.role()).isEqualTo("worker");
            assertThat(node.status()).isEqualTo(NodeStatus.UP);
            assertThat(node.queue()).isEqualTo(QueueNames.privateQueueOf(Harness.WORKER_ID));
            assertThat(node.lastHeartbeatAt()).isEqualTo(harness.clock().instant());
            assertThat(harness.system().nodes()).extracting(Node::id).containsExactly(Harness.WORKER_ID);
        }
    }

    @Test
    void aNodeSilentForThreeHeartbeatsIsOfflineAndAfterFiveMinutesGone() {
        try (Harness harness = Harness.builder().withoutWorker().heartbeatInterval(Duration.ofSeconds(10)).start()) {
            harness.queue().publish(QueueNames.HEARTBEAT, new Heartbeat(node("n1", harness.clock().instant())));

            harness.clock().advance(Duration.ofSeconds(30));
            assertThat(harness.system().nodes()).singleElement()
                    .satisfies(n -> assertThat(n.status()).isEqualTo(NodeStatus.UP));
            harness.clock().advance(Duration.ofSeconds(1));
            assertThat(harness.system().nodes()).singleElement()
                    .satisfies(n -> assertThat(n.status()).isEqualTo(NodeStatus.OFFLINE));
            assertThat(harness.system().metrics().onlineNodes()).isZero();
            harness.clock().advance(Duration.ofMinutes(5));
            assertThat(harness.system().nodes()).isEmpty();
        }
    }

    @Test
    void anOlderHeartbeatDoesNotOverwriteANewerOne() {
        try (Harness harness = Harness.builder().withoutWorker().start()) {
            Instant now = harness.clock().instant();
            harness.queue().publish(QueueNames.HEARTBEAT, new Heartbeat(node("n1", now)));
            harness.queue().publish(QueueNames.HEARTBEAT, new Heartbeat(node("n1", now.minusSeconds(20))));

            assertThat(harness.stores().nodes().find("n1").orElseThrow().lastHeartbeatAt()).isEqualTo(now);
        }
    }

    @Test
    void metricsCountRunningJobsTasksAndNodes() {
        try (Harness harness = Harness.start()) {
            harness.runtime().on("long").blocks();
            Job submitted = harness.submit(job(task("long").build()));
            harness.awaitTask(submitted.id(), "long", TaskState.RUNNING);
            eventually().until(() -> harness.stores().nodes().find(Harness.WORKER_ID).isPresent());

            Metrics metrics = harness.system().metrics();

            assertThat(metrics.runningJobs()).isEqualTo(1);
            assertThat(metrics.runningTasks()).isEqualTo(1);
            assertThat(metrics.onlineNodes()).isEqualTo(1);
            harness.runtime().release("long");
            harness.awaitEnd(submitted.id());
            assertThat(harness.system().metrics().runningJobs()).isZero();
        }
    }

    @Test
    void onlyTaskQueuesCanBeDeleted() {
        try (Harness harness = Harness.builder().withoutWorker().start()) {
            harness.submit(job(task("waits").queue("batch").build()));
            assertThat(harness.system().queue("batch")).hasValueSatisfying(q -> assertThat(q.size()).isEqualTo(1));

            assertThatThrownBy(() -> harness.system().deleteQueue(QueueNames.PENDING))
                    .isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> harness.system().deleteQueue(QueueNames.privateQueueOf("w")))
                    .isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> harness.system().deleteQueue("unknown")).isInstanceOf(NotFoundException.class);
            harness.system().deleteQueue("batch");

            assertThat(harness.system().queue("batch")).isEmpty();
        }
    }

    private static Node node(String id, Instant heartbeat) {
        return new Node(id, "name-" + id, "worker", heartbeat, heartbeat, 0, QueueNames.privateQueueOf(id),
                NodeStatus.UP, "host", 0, 0, "test");
    }
}
