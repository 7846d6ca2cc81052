package io.tork.adapters.in.web.view;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tork.domain.node.Node;
import java.time.Instant;

/** A coordinator or worker; {@code startedAt}, {@code lastHeartbeatAt} and {@code version} are always present. */
public record NodeView(
        String id,
        String name,
        @JsonInclude(ALWAYS) Instant startedAt,
        double cpuPercent,
        @JsonInclude(ALWAYS) Instant lastHeartbeatAt,
        String queue,
        String status,
        String hostname,
        int port,
        int taskCount,
        @JsonInclude(ALWAYS) String version) {

    public static NodeView of(Node n) {
        return new NodeView(n.id(), n.name(), n.startedAt(), n.cpuPercent(), n.lastHeartbeatAt(), n.queue(),
                n.status() == null ? null : n.status().name(), n.hostname(), n.port(), n.taskCount(),
                n.version() == null ? "" : n.version());
    }
}
