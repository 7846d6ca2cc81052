package io.tork.application.coordinator;

import static io.tork.application.common.QueueNames.COMPLETED;
import static io.tork.application.common.QueueNames.ERROR;
import static io.tork.application.common.QueueNames.HEARTBEAT;
import static io.tork.application.common.QueueNames.JOBS;
import static io.tork.application.common.QueueNames.LOGS;
import static io.tork.application.common.QueueNames.PENDING;
import static io.tork.application.common.QueueNames.PROGRESS;
import static io.tork.application.common.QueueNames.STARTED;

import io.tork.application.common.Outbox;
import io.tork.application.common.TransactionalWork;
import io.tork.application.job.JobStart;
import io.tork.application.port.out.Activity;
import io.tork.application.port.out.Message;
import io.tork.application.port.out.Message.Heartbeat;
import io.tork.application.port.out.Message.JobCommand;
import io.tork.application.port.out.Message.LogPart;
import io.tork.application.port.out.Message.TaskMessage;
import io.tork.application.port.out.StoreException;
import io.tork.application.port.out.Subscription;
import io.tork.domain.job.Job;
import io.tork.domain.task.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coordinator's lifecycle shell: it subscribes one handler per coordinator queue and runs each message in
 * a transaction, sending the messages the handler decided only after the transaction committed. An error in
 * a task handler fails that task (so the job fails or retries) instead of being lost.
 */
public final class Coordinator implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Coordinator.class);
    private final CoordinatorServices services;
    private final JobLifecycle lifecycle;
    private final JobCommandHandler jobCommands;
    private final PendingHandler pending;
    private final StartedHandler started;
    private final CompletedHandler completed;
    private final FailedHandler failed;
    private final ProgressHandler progress;
    /** One for every message, so that the outbox entries of many transactions are forgotten in one removal. */
    private final TransactionalWork work;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private CoordinatorTimers timers;

    public Coordinator(CoordinatorServices services) {
        this.services = services;
        this.work = services.transactionalWork();
        TaskFactory factory = new TaskFactory(services);
        ContainerScheduling containers = new ContainerScheduling(services);
        this.lifecycle = new JobLifecycle(services, factory, containers);
        this.jobCommands = new JobCommandHandler(lifecycle);
        this.completed = new CompletedHandler(services, lifecycle);
        this.pending = new PendingHandler(services, containers,
                new ParallelScheduling(services, factory, lifecycle), new EachScheduling(services, factory, lifecycle),
                new SubJobScheduling(services, lifecycle), completed);
        this.started = new StartedHandler(services);
        this.failed = new FailedHandler(services, lifecycle);
        this.progress = new ProgressHandler(services);
    }

    /** How this coordinator's API starts a job in the transaction that submits it. */
    public JobStart jobStart() {
        return new JobStart() {
            @Override
            public TransactionalWork work() {
                return work;
            }

            @Override
            public void start(Job submitted, Outbox out) {
                lifecycle.startSubmitted(submitted, out);
            }

            @Override
            public void started(String jobId) {
                announce(new Activity.JobChanged(jobId));
            }
        };
    }

    /** Starts consuming the coordinator queues, {@code consumers} consumers each. */
    public void start(int consumers) {
        subscribeTasks(PENDING, consumers, pending::handle);
        subscribeTasks(STARTED, consumers, started::handle);
        subscribeTasks(COMPLETED, consumers, completed::handle);
        subscribeTasks(ERROR, consumers, failed::handle);
        subscribeTasks(PROGRESS, consumers, (task, out) -> progress.handle(task));
        subscriptions.add(services.queue().subscribe(JOBS, consumers, message -> {
            if (message instanceof JobCommand command) handleJobCommand(command);
        }));
        subscriptions.add(services.queue().subscribe(LOGS, consumers, message -> {
            if (message instanceof LogPart part) {
                services.stores().logs().append(part.part());
                announce(new Activity.LogAppended(part.part()));
            }
        }));
        subscriptions.add(services.queue().subscribe(HEARTBEAT, consumers, message -> {
            if (message instanceof Heartbeat beat) services.stores().nodes().save(beat.node());
        }));
    }

    private void subscribeTasks(String queue, int consumers, BiConsumer<Task, Outbox> handler) {
        subscriptions.add(services.queue().subscribe(queue, consumers, message -> handleTask(queue, message, handler)));
    }

    private void handleTask(String queue, Message message, BiConsumer<Task, Outbox> handler) {
        if (!(message instanceof TaskMessage(Task task))) {
            log.warn("ignoring a {} on queue {}", message.getClass().getSimpleName(), queue);
            return;
        }
        try {
            inTransaction(out -> handler.accept(task, out));
        } catch (RuntimeException e) {
            // the datastore being away is no fault of the task: the broker delivers the message again later
            if (ERROR.equals(queue) || isTransient(e)) throw e;
            log.error("handling task {} from queue {} failed; failing the task", task.id(), queue, e);
            String reason = "internal error while handling the task: " + describe(e);
            inTransaction(out -> failed.handle(task.toBuilder().error(reason).build(), out));
        }
        announce(new Activity.JobChanged(task.jobId()));
    }

    /** A command that cannot be carried out fails its job, so the job never hangs in a live state. */
    private void handleJobCommand(JobCommand command) {
        try {
            inTransaction(out -> jobCommands.handle(command, out));
        } catch (RuntimeException e) {
            if (isTransient(e)) throw e;
            log.error("handling {} of job {} failed; failing the job", command.type(), command.jobId(), e);
            String reason = "internal error while handling the job: " + describe(e);
            inTransaction(out -> jobCommands.fail(command.jobId(), reason, out));
        }
        announce(new Activity.JobChanged(command.jobId()));
    }

    /** Watchers are told after the change is stored; a notice that cannot be sent must not undo the work. */
    private void announce(Activity activity) {
        try {
            services.events().announce(activity);
        } catch (RuntimeException e) {
            log.debug("could not tell watchers about {}: {}", activity, e.getMessage());
        }
    }

    private void inTransaction(java.util.function.Consumer<Outbox> steps) {
        work.run(steps);
    }

    private static boolean isTransient(RuntimeException e) {
        return e instanceof StoreException store && store.isTransient();
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Starts looking for lost workers every {@code heartbeatInterval} (SPEC §6): the tasks of a worker silent for
     * three intervals go to other workers. {@code lock} keeps several coordinators from doing it at once.
     */
    public synchronized void startRecovery(io.tork.application.port.out.DistributedLock lock,
                                           java.time.Duration heartbeatInterval) {
        if (timers != null) throw new IllegalStateException("the recovery of lost workers is already started");
        timers = new CoordinatorTimers(services, lock, heartbeatInterval);
        timers.start();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (timers != null) timers.close();
            timers = null;
        }
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
    }
}
