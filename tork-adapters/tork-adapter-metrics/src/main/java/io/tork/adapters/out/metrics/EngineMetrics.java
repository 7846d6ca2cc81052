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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The metrics of one coordinator process, in Prometheus formats: the installation's state (jobs by state, queue
 * depths, online nodes), what this coordinator did (state changes, task durations and queue waits, retries and
 * redeliveries) and the JVM's own meters.
 *
 * <p>The application knows nothing of this: {@link #observe(Stores)} wraps the datastore so that every committed
 * change of a job's or a task's state is counted on its way into the store.
 */
public final class EngineMetrics implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EngineMetrics.class);
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AfterCommit afterCommit = new AfterCommit();
    private final TaskMeters tasks = new TaskMeters(registry);
    private final JobMeters jobs = new JobMeters(registry);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    /**
     * The JVM's own meters read management beans that take a while to set up: they are bound on a thread of their
     * own, so that the engine's start does not wait for them. A scrape does.
     */
    private final FutureTask<Void> jvmMeters = new FutureTask<>(this::bindJvmMeters, null);
    private InstallationGauges installation;
    private boolean jvmMetersFailureLogged;

    public EngineMetrics() {
        Thread.ofPlatform().daemon().name("jvm-meters").start(jvmMeters);
    }

    private void bindJvmMeters() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
    }

    /** Waits until the JVM's meters are bound; when binding them failed, the other meters are served alone. */
    private void awaitJvmMeters() {
        try {
            jvmMeters.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            if (!jvmMetersFailureLogged) {
                jvmMetersFailureLogged = true;
                log.warn("the JVM's own meters are missing: {}", String.valueOf(e.getCause()));
            }
        }
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
        awaitJvmMeters();
        if (installation != null) installation.refresh();
        return new Scrape(format.contentType(), registry.scrape(format.contentType()));
    }

    @Override
    public synchronized void close() {
        awaitJvmMeters(); // so that the GC listeners it registers are removed below
        gc.close();
        registry.close();
    }
}
