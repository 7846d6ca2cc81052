package io.tork.adapters.in.web;

import static io.tork.adapters.in.web.FakeApplication.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tork.application.port.in.SystemQueries.Health;
import io.tork.application.port.in.SystemQueries.Metrics;
import io.tork.application.port.out.QueueInfo;
import io.tork.domain.node.Node;
import io.tork.domain.node.NodeStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SystemRoutesTest extends ApiTestSupport {

    @Test
    void healthyIs200WithTheVersion() {
        var r = api.get("/health");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"status\":\"UP\",\"version\":\"1.2.3\",\"checks\":{\"datastore\":\"UP\"}}\n");
    }

    @Test
    void theApplicationsVersionWinsWhenItNamesOne() {
        app.health = new Health("UP", "9.9.9", Map.of());

        assertThat(api.get("/health").json().path("version").asText()).isEqualTo("9.9.9");
    }

    @Test
    void unhealthyIs503() {
        app.health = new Health("DOWN", "", Map.of("datastore", "DOWN"));

        var r = api.get("/health");

        assertThat(r.status()).isEqualTo(503);
        assertThat(r.body()).isEqualTo(
                "{\"status\":\"DOWN\",\"version\":\"1.2.3\",\"checks\":{\"datastore\":\"DOWN\"}}\n");
    }

    @Test
    void listsNodes() {
        app.nodes.add(new Node("n1", "worker-1", "worker", NOW, NOW.plusSeconds(10), 12.5, "default",
                NodeStatus.UP, "host-a", 8001, 2, "1.0"));
        app.nodes.add(new Node("n2", "worker-2", "worker", null, null, 0, null, NodeStatus.OFFLINE, null, 0, 0, null));

        JsonNode nodes = api.get("/nodes").json();

        assertThat(nodes).hasSize(2);
        JsonNode n1 = nodes.get(0);
        assertThat(n1.path("id").asText()).isEqualTo("n1");
        assertThat(n1.path("name").asText()).isEqualTo("worker-1");
        assertThat(n1.path("startedAt").asText()).isEqualTo("2026-01-02T03:04:05.123456Z");
        assertThat(n1.path("lastHeartbeatAt").asText()).isEqualTo("2026-01-02T03:04:15.123456Z");
        assertThat(n1.path("cpuPercent").asDouble()).isEqualTo(12.5);
        assertThat(n1.path("queue").asText()).isEqualTo("default");
        assertThat(n1.path("status").asText()).isEqualTo("UP");
        assertThat(n1.path("hostname").asText()).isEqualTo("host-a");
        assertThat(n1.path("port").asInt()).isEqualTo(8001);
        assertThat(n1.path("taskCount").asInt()).isEqualTo(2);
        assertThat(n1.path("version").asText()).isEqualTo("1.0");
        JsonNode n2 = nodes.get(1);
        assertThat(n2.has("version")).as("version is always present").isTrue();
        assertThat(n2.has("startedAt")).isTrue();
        assertThat(n2.has("cpuPercent")).isFalse();
    }

    @Test
    void listsAndReadsQueues() {
        app.queues.put("default", new QueueInfo("default", 3, 1, 2));
        app.queues.put("empty", new QueueInfo("empty", 0, 0, 0));

        var all = api.get("/queues");
        var one = api.get("/queues/empty");

        assertThat(all.body()).isEqualTo("[{\"name\":\"default\",\"size\":3,\"subscribers\":1,\"unacked\":2},"
                + "{\"name\":\"empty\",\"size\":0,\"subscribers\":0,\"unacked\":0}]\n");
        assertThat(one.body()).isEqualTo("{\"name\":\"empty\",\"size\":0,\"subscribers\":0,\"unacked\":0}\n");
    }

    @Test
    void anUnknownQueueIs404() {
        var get = api.get("/queues/nope");
        var delete = api.delete("/queues/nope");

        assertThat(get.status()).isEqualTo(404);
        assertThat(get.message()).isEqualTo("queue nope not found");
        assertThat(delete.status()).isEqualTo(404);
        assertThat(app.deletedQueues).isEmpty();
    }

    @Test
    void deletesATaskQueue() {
        app.queues.put("default", new QueueInfo("default", 3, 1, 0));

        var r = api.delete("/queues/default");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        assertThat(app.deletedQueues).containsExactly("default");
    }

    @Test
    void refusesToDeleteAQueueThatIsNotATaskQueue() {
        app.queues.put("x-node", new QueueInfo("x-node", 0, 1, 0));

        var r = api.delete("/queues/x-node");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.message()).isEqualTo("queue x-node is not a task queue");
    }

    @Test
    void metricsIncludeZeros() {
        var idle = api.get("/metrics");
        app.metrics = new Metrics(3, 5, 2, 37.5);
        var busy = api.get("/metrics");

        assertThat(idle.body()).isEqualTo(
                "{\"jobs\":{\"running\":0},\"tasks\":{\"running\":0},\"nodes\":{\"online\":0,\"cpuPercent\":0.0}}\n");
        assertThat(busy.body()).isEqualTo(
                "{\"jobs\":{\"running\":3},\"tasks\":{\"running\":5},\"nodes\":{\"online\":2,\"cpuPercent\":37.5}}\n");
    }
}
