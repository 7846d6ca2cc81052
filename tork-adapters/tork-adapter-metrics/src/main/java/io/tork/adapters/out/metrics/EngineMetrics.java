package io.tork.adapters.out.metrics;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tork.application.common.Stores;
import io.tork.application.port.in.SystemQueries;

/**
 * The metrics of one coordinator process, in Prometheus formats: the installation's state (jobs by state, queue
 * depths, online nodes), what this coordinator did (state changes, task durations and queue waits, retries and
 * redeliveries) and the JVM's own meters.
 *
 * <p>The application knows nothing of this: {@link #observe(Stores)} wraps the datastore so that every committed
 * change of a job's or a task's state is counted on its way into the store.
 */
public final class EngineMetrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AfterCommit afterCommit = new AfterCommit();
    private final TaskMeters tasks = new TaskMeters(registry);
    private final JobMeters jobs = new JobMeters(registry);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private InstallationGauges installation;

    public EngineMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
    }

    /** The same stores, counting every committed change of state of jobs and tasks. */
    public Stores observe(Stores stores) {
        return new Stores(JobObserver.observe(stores.jobs(), jobs, afterCommit),
                TaskObserver.observe(stores.tasks(), tasks, afterCommit), stores.logs(), stores.nodes(), stores.outbox(),
                TransactionObserver.observe(stores.transactions(), afterCommit));
    }

    /** Where the installation-wide gauges read from: the (unobserved) stores and the system queries. */
    public synchronized void readInstallationFrom(Stores stores, SystemQueries system) {
        if (installation != null) throw new IllegalStateException("the installation gauges are already bound");
        installation = new InstallationGauges(registry, stores.jobs(), system);
    }

    public synchronized Scrape scrape(ExpositionFormat format) {
        if (installation != null) installation.refresh();
        return new Scrape(format.contentType(), registry.scrape(format.contentType()));
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
