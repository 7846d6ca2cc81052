package io.tork.adapters.in.web.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tork.application.port.in.SystemQueries.Metrics;

/** {@code {"jobs":{"running":N},"tasks":{"running":N},"nodes":{"online":N,"cpuPercent":X}}}, zeros included. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MetricsView(Running jobs, Running tasks, Nodes nodes) {
    public static MetricsView of(Metrics m) {
        return new MetricsView(new Running(m.runningJobs()), new Running(m.runningTasks()),
                new Nodes(m.onlineNodes(), m.cpuPercent()));
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Running(long running) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Nodes(int online, double cpuPercent) {
    }
}
