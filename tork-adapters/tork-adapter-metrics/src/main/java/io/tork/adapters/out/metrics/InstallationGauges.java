package io.tork.adapters.out.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.tork.application.port.in.SystemQueries;
import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.QueueInfo;
import io.tork.domain.job.JobState;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of the whole installation as the datastore and the broker see it: jobs by state, running tasks, queue
 * depths, online nodes. Read once per scrape, so that one scrape shows one consistent picture and costs a fixed
 * number of queries; a source that does not answer keeps its last values and is logged.
 */
final class InstallationGauges {
    private static final Logger log = LoggerFactory.getLogger(InstallationGauges.class);

    private final JobStore jobs;
    private final SystemQueries system;
    private final Map<JobState, Long> jobCounts = new EnumMap<>(JobState.class);
    private final AtomicReference<SystemQueries.Metrics> summary =
            new AtomicReference<>(new SystemQueries.Metrics(0, 0, 0, 0));
    private final MultiGauge queueMessages;
    private final MultiGauge queueConsumers;
    private final MultiGauge queueUnacked;

    InstallationGauges(MeterRegistry registry, JobStore jobs, SystemQueries system) {
        this.jobs = jobs;
        this.system = system;
        for (JobState state : JobState.values()) {
            jobCounts.put(state, 0L);
            Gauge.builder("tork.jobs", jobCounts, counts -> counts.get(state)).tag("state", state.name())
                    .description("Jobs in this state right now").register(registry);
        }
        gauge(registry, "tork.tasks.running", "Container tasks running right now", m -> m.runningTasks());
        gauge(registry, "tork.nodes.online", "Coordinators and workers heard from recently", m -> m.onlineNodes());
        gauge(registry, "tork.nodes.cpu.percent", "Average CPU use of the online nodes", m -> m.cpuPercent());
        queueMessages = MultiGauge.builder("tork.queue.messages").description("Messages waiting in the queue")
                .register(registry);
        queueConsumers = MultiGauge.builder("tork.queue.consumers").description("Consumers attached to the queue")
                .register(registry);
        queueUnacked = MultiGauge.builder("tork.queue.unacked").description("Messages being handled right now")
                .register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description,
                       ToDoubleFunction<SystemQueries.Metrics> value) {
        Gauge.builder(name, summary, ref -> value.applyAsDouble(ref.get())).description(description)
                .register(registry);
    }

    /** Reads every source again. */
    synchronized void refresh() {
        read("the job counts", () -> {
            for (JobState state : JobState.values()) jobCounts.put(state, jobs.count(state));
        });
        read("the node and task counts", () -> summary.set(system.metrics()));
        read("the queues", () -> {
            List<QueueInfo> queues = system.queues();
            queueMessages.register(rows(queues, QueueInfo::size), true);
            queueConsumers.register(rows(queues, QueueInfo::subscribers), true);
            queueUnacked.register(rows(queues, QueueInfo::unacked), true);
        });
    }

    private static List<MultiGauge.Row<?>> rows(List<QueueInfo> queues, Function<QueueInfo, Number> value) {
        return queues.stream()
                .<MultiGauge.Row<?>>map(q -> MultiGauge.Row.of(Tags.of("queue", q.name()), value.apply(q)))
                .toList();
    }

    private static void read(String what, Runnable reading) {
        try {
            reading.run();
        } catch (RuntimeException e) {
            log.warn("metrics: cannot read {} ({}); showing the last values", what, e.getMessage());
        }
    }
}
