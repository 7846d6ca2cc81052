package io.tork.adapters.out.metrics;

import static io.tork.domain.testing.TestTasks.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.common.Steps;
import io.tork.application.common.Stores;
import io.tork.application.port.in.SystemQueries;
import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.QueueInfo;
import io.tork.application.testing.FakeStores;
import io.tork.domain.node.Node;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EngineMetricsTest {
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private final FakeStores fake = new FakeStores();
    private final EngineMetrics metrics = new EngineMetrics();
    private final Stores stores = metrics.observe(fake.stores());

    @AfterEach
    void close() {
        metrics.close();
    }

    @Test
    void aTaskThatRanIsTimedFromScheduleToStartAndFromStartToEnd() {
        Task scheduled = aTask().id("t1").jobId("j1").at(T0).scheduled();
        stores.tasks().create(scheduled);

        stores.tasks().update("t1", t -> t.start("worker-1", T0.plusMillis(300)));
        stores.tasks().update("t1", t -> t.complete("ok", T0.plusSeconds(3)));

        String text = prometheus();
        assertThat(value(text, "tork_task_queue_wait_seconds_count", "")).isEqualTo(1);
        assertThat(value(text, "tork_task_queue_wait_seconds_sum", "")).isEqualTo(0.3);
        assertThat(value(text, "tork_task_queue_wait_seconds_bucket", "le=\"0.25\"")).isZero();
        assertThat(value(text, "tork_task_queue_wait_seconds_bucket", "le=\"0.5\"")).isEqualTo(1);
        assertThat(value(text, "tork_task_duration_seconds_count", "state=\"COMPLETED\"")).isEqualTo(1);
        assertThat(value(text, "tork_task_duration_seconds_sum", "state=\"COMPLETED\"")).isEqualTo(2.7);
        assertThat(value(text, "tork_task_transitions_total", "state=\"SCHEDULED\"")).isEqualTo(1);
        assertThat(value(text, "tork_task_transitions_total", "state=\"RUNNING\"")).isEqualTo(1);
        assertThat(value(text, "tork_task_transitions_total", "state=\"COMPLETED\"")).isEqualTo(1);
    }

    @Test
    void aStartAndCompletionStoredInOneUpdateAreCountedAsBoth() {
        stores.tasks().create(aTask().id("t1").jobId("j1").at(T0).scheduled());

        stores.tasks().update("t1", Steps.when(t -> true, t -> t.start("worker-1", T0.plusMillis(300)),
                t -> t.complete("ok", T0.plusSeconds(3))));

        String text = prometheus();
        assertThat(value(text, "tork_task_queue_wait_seconds_sum", "")).isEqualTo(0.3);
        assertThat(value(text, "tork_task_duration_seconds_sum", "state=\"COMPLETED\"")).isEqualTo(2.7);
        assertThat(value(text, "tork_task_transitions_total", "state=\"RUNNING\"")).isEqualTo(1);
        assertThat(value(text, "tork_task_transitions_total", "state=\"COMPLETED\"")).isEqualTo(1);
    }

    @Test
    void aTaskCreatedScheduledIsCountedAsCreatedAndScheduled() {
        Task created = aTask().id("t1").jobId("j1").at(T0).pending();

        stores.tasks().createScheduled(created, created.schedule(created.spec(), T0));

        String text = prometheus();
        assertThat(value(text, "tork_task_transitions_total", "state=\"PENDING\"")).isEqualTo(1);
        assertThat(value(text, "tork_task_transitions_total", "state=\"SCHEDULED\"")).isEqualTo(1);
    }

    @Test
    void aJobCreatedStartedAndOneAdvancedInStepsCountEveryStateEntered() {
        var job = io.tork.domain.testing.TestJobs.aJob().pending();
        stores.jobs().createStarted(job, job.schedule(T0));
        stores.jobs().update(job.id(), Steps.when(j -> true, j -> j.markRunning(), j -> j.markRunning()));

        String text = prometheus();
        assertThat(value(text, "tork_job_transitions_total", "state=\"PENDING\"")).isEqualTo(1);
        assertThat(value(text, "tork_job_transitions_total", "state=\"SCHEDULED\"")).isEqualTo(1);
        assertThat(value(text, "tork_job_transitions_total", "state=\"RUNNING\"")).isEqualTo(1);
    }

    @Test
    void aChangeRolledBackWithItsTransactionIsNotCounted() {
        stores.tasks().create(aTask().id("t1").jobId("j1").at(T0).scheduled());

        assertThatThrownBy(() -> stores.transactions().run(() -> {
            stores.tasks().update("t1", t -> t.start("worker-1", T0.plusSeconds(1)));
            throw new IllegalStateException("the handler failed after the update");
        })).isInstanceOf(IllegalStateException.class);
        stores.transactions().run(() -> stores.transactions().run(
                () -> stores.tasks().update("t1", t -> t.start("worker-2", T0.plusSeconds(2)))));

        String text = prometheus();
        assertThat(value(text, "tork_task_transitions_total", "state=\"RUNNING\"")).isEqualTo(1);
        assertThat(value(text, "tork_task_queue_wait_seconds_count", "")).isEqualTo(1);
    }

    @Test
    void anUpdateThatChangesNoStateCountsNothing() {
        stores.tasks().create(aTask().id("t1").jobId("j1").at(T0).running());

        double created = value(prometheus(), "tork_task_transitions_total", "state=\"RUNNING\"");

        stores.tasks().update("t1", t -> t.withProgress(50));

        assertThat(created).isEqualTo(1);
        assertThat(value(prometheus(), "tork_task_transitions_total", "state=\"RUNNING\"")).isEqualTo(1);
    }

    @Test
    void storeErrorsReachTheCallerUnchanged() {
        assertThatThrownBy(() -> stores.tasks().update("missing", t -> t)).isInstanceOf(NotFoundException.class)
                .hasMessage("task not found");
    }

    @Test
    void newAttemptsAreRetriesOrRedeliveriesByWhatEndedThePreviousOne() {
        Task failedByItself = aTask().id("a1").jobId("j1").position(0).at(T0).running().fail("exit code 1", T0);
        Task lostWorker = aTask().id("b1").jobId("j1").position(1).at(T0).running()
                // the reason LostTaskReassignment gives an attempt whose worker went silent
                .fail("worker w1 (n1) stopped sending heartbeats", T0);
        fake.tasks().create(failedByItself);
        fake.tasks().create(lostWorker);

        stores.tasks().create(failedByItself.nextAttempt("a2", failedByItself.spec(), T0, T0));
        stores.tasks().create(lostWorker.nextAttempt("b2", lostWorker.spec(), T0, null));

        String text = prometheus();
        assertThat(value(text, "tork_task_retries_total", "")).isEqualTo(1);
        assertThat(value(text, "tork_task_redeliveries_total", "")).isEqualTo(1);
    }

    @Test
    void jobTransitionsAreCounted() {
        var job = io.tork.domain.testing.TestJobs.aJob().pending();
        stores.jobs().create(job);
        stores.jobs().update(job.id(), j -> j.schedule(T0));

        String text = prometheus();
        assertThat(value(text, "tork_job_transitions_total", "state=\"PENDING\"")).isEqualTo(1);
        assertThat(value(text, "tork_job_transitions_total", "state=\"SCHEDULED\"")).isEqualTo(1);
        assertThat(value(text, "tork_job_transitions_total", "state=\"FAILED\"")).isZero();
    }

    @Test
    void theInstallationIsReadAtEachScrape() {
        var job = io.tork.domain.testing.TestJobs.aJob().pending();
        fake.jobs().create(job);
        FixedSystem system = new FixedSystem();
        metrics.readInstallationFrom(fake.stores(), system);

        String first = prometheus();
        system.queues = List.of(new QueueInfo("default", 7, 2, 1), new QueueInfo("pending", 0, 1, 0));
        system.summary = new SystemQueries.Metrics(3, 4, 2, 12.5);
        String second = prometheus();

        assertThat(value(first, "tork_jobs", "state=\"PENDING\"")).isEqualTo(1);
        assertThat(value(first, "tork_nodes_online", "")).isZero();
        assertThat(value(second, "tork_queue_messages", "queue=\"default\"")).isEqualTo(7);
        assertThat(value(second, "tork_queue_consumers", "queue=\"default\"")).isEqualTo(2);
        assertThat(value(second, "tork_queue_unacked", "queue=\"default\"")).isEqualTo(1);
        assertThat(value(second, "tork_queue_messages", "queue=\"pending\"")).isZero();
        assertThat(value(second, "tork_tasks_running", "")).isEqualTo(4);
        assertThat(value(second, "tork_nodes_online", "")).isEqualTo(2);
    }

    @Test
    void aSourceThatFailsKeepsItsLastValues() {
        FixedSystem system = new FixedSystem();
        system.summary = new SystemQueries.Metrics(0, 0, 3, 0);
        metrics.readInstallationFrom(fake.stores(), system);
        prometheus();

        system.broken = true;

        assertThat(value(prometheus(), "tork_nodes_online", "")).isEqualTo(3);
    }

    @Test
    void bothTextFormatsCarryTheJvmMeters() {
        Scrape classic = metrics.scrape(ExpositionFormat.PROMETHEUS_TEXT);
        Scrape open = metrics.scrape(ExpositionFormat.OPENMETRICS);

        assertThat(classic.contentType()).startsWith("text/plain; version=0.0.4");
        assertThat(classic.body()).contains("jvm_memory_used_bytes", "jvm_threads_live_threads",
                "process_uptime_seconds");
        assertThat(open.contentType()).startsWith("application/openmetrics-text; version=1.0.0");
        assertThat(open.body()).contains("jvm_memory_used_bytes").endsWith("# EOF\n");
    }

    private String prometheus() {
        return metrics.scrape(ExpositionFormat.PROMETHEUS_TEXT).body();
    }

    /** The value of the sample {@code name{…labels…}} whose labels contain {@code label}. */
    private static double value(String text, String name, String label) {
        Pattern sample = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)$", Pattern.MULTILINE);
        Matcher m = sample.matcher(text);
        while (m.find()) {
            String labels = m.group(1) == null ? "" : m.group(1);
            if (labels.contains(label)) return Double.parseDouble(m.group(2));
        }
        throw new AssertionError("no sample " + name + " with " + label + " in:\n" + text);
    }

    private static final class FixedSystem implements SystemQueries {
        volatile List<QueueInfo> queues = List.of();
        volatile Metrics summary = new Metrics(0, 0, 0, 0);
        volatile boolean broken;

        @Override
        public Health health() {
            return new Health("UP", "", Map.of());
        }

        @Override
        public List<Node> nodes() {
            return List.of();
        }

        @Override
        public List<QueueInfo> queues() {
            if (broken) throw new IllegalStateException("broker down");
            return queues;
        }

        @Override
        public Optional<QueueInfo> queue(String name) {
            return Optional.empty();
        }

        @Override
        public void deleteQueue(String name) {
        }

        @Override
        public Metrics metrics() {
            if (broken) throw new IllegalStateException("datastore down");
            return summary;
        }
    }
}
