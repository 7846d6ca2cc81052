package io.tork.application.coordinator;

import static io.tork.application.common.QueueNames.PENDING;

import io.tork.application.common.Outbox;
import io.tork.application.port.out.Message.TaskMessage;
import io.tork.domain.job.Job;
import io.tork.domain.node.Node;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt of a lost worker: failed with the reason, and replaced by a new attempt on the pending queue
 * whatever the task's retry limit says (losing a worker is not the task's fault). Failing the old attempt is the
 * fence: reports the lost worker may still send about it find it FAILED and change nothing. A task that has lost
 * its worker {@value #MAX_RECOVERIES} times already fails its job instead, so a task that kills every worker it
 * lands on does not go round for ever.
 */
final class LostTaskReassignment {
    static final int MAX_RECOVERIES = 5;
    private static final Logger log = LoggerFactory.getLogger(LostTaskReassignment.class);
    private static final String REASON_PREFIX = "worker ";
    private static final String REASON_SUFFIX = " stopped sending heartbeats";

    private final CoordinatorServices services;
    private final JobLifecycle jobs;

    LostTaskReassignment(CoordinatorServices services, JobLifecycle jobs) {
        this.services = services;
        this.jobs = jobs;
    }

    static String reasonFor(Node node) {
        return REASON_PREFIX + node.name() + " (" + node.id() + ")" + REASON_SUFFIX;
    }

    static boolean isLostWorkerReason(String error) {
        return error != null && error.startsWith(REASON_PREFIX) && error.endsWith(REASON_SUFFIX);
    }

    void reassign(Node node, String taskId, Instant silentSince) {
        services.transactionalWork().run(out -> reassignInTransaction(node, taskId, silentSince, out));
    }

    private void reassignInTransaction(Node node, String taskId, Instant silentSince, Outbox out) {
        if (heardAgain(node, silentSince)) return;
        Instant now = services.clock().instant();
        String reason = reasonFor(node);
        Optional<Task> failed = ConditionalUpdate.task(services.stores().tasks(), taskId,
                t -> isLiveOn(t, node), t -> t.fail(reason, now));
        if (failed.isEmpty()) return;
        Task lost = failed.get();
        Optional<Job> job = services.stores().jobs().find(lost.jobId());
        if (job.isEmpty() || !job.get().state().isActive()) return;
        int earlier = AttemptChain.countEarlier(services.stores().tasks().tasksOfJob(lost.jobId()), lost,
                t -> isLostWorkerReason(t.error()));
        if (earlier >= MAX_RECOVERIES) {
            giveUp(lost, reason, out);
            return;
        }
        Task next = lost.nextAttempt(services.ids().newId(), lost.spec(), now, null);
        services.stores().tasks().create(next);
        out.send(PENDING, new TaskMessage(next));
        log.info("{}: task {} of job {} (attempt {}) goes to another worker as {}", reason, lost.id(), lost.jobId(),
                lost.attempt(), next.id());
    }

    private void giveUp(Task lost, String reason, Outbox out) {
        String error = reason + "; task " + lost.spec().name() + " already went to another worker " + MAX_RECOVERIES
                + " times, giving up";
        log.warn("job {} fails: {}", lost.jobId(), error);
        FailurePropagation.failAncestors(services, lost, error);
        jobs.fail(lost.jobId(), error, out);
    }

    private boolean heardAgain(Node node, Instant silentSince) {
        return services.stores().nodes().find(node.id())
                .map(n -> n.lastHeartbeatAt() != null && !n.lastHeartbeatAt().isBefore(silentSince))
                .orElse(false);
    }

    private static boolean isLiveOn(Task task, Node node) {
        return (task.state() == TaskState.SCHEDULED || task.state() == TaskState.RUNNING)
                && node.id().equals(task.nodeId());
    }
}
