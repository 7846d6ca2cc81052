package io.tork.application.job;

import static io.tork.application.common.QueueNames.JOBS;

import io.tork.application.common.Stores;
import io.tork.application.common.TransactionalWork;
import io.tork.application.port.in.InvalidRequestException;
import io.tork.application.port.in.SubmitJobCommand;
import io.tork.application.port.in.SubmitJobUseCase;
import io.tork.application.port.out.ExpressionEvaluator;
import io.tork.application.port.out.IdGenerator;
import io.tork.application.port.out.Message.JobCommand;
import io.tork.application.port.out.Message.JobCommandType;
import io.tork.application.port.out.MessageQueue;
import io.tork.application.port.out.StoreException;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobKind;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.validation.JobValidator;
import io.tork.domain.validation.KnownRuntimes;
import io.tork.domain.validation.TaskValidator;
import io.tork.domain.validation.Violation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts jobs: validates them completely, stores them PENDING and either starts them in the same transaction
 * (given a {@link JobStart}, as a coordinator's API is) or hands them to a coordinator with a start command.
 */
public final class JobSubmission implements SubmitJobUseCase {
    private static final Logger log = LoggerFactory.getLogger(JobSubmission.class);
    private static final String DEFAULT_TASK_NAME = "task";
    private final Stores stores;
    private final TransactionalWork work;
    /** Null when jobs are started by a coordinator taking the start command. */
    private final JobStart jobStart;
    private final IdGenerator ids;
    private final Clock clock;
    private final TaskValidator taskValidator;
    private final JobValidator jobValidator;
    private final ExpressionCheck expressions;

    /** @param imageRequired whether container tasks must name an image (the default runtime needs one) */
    public JobSubmission(Stores stores, MessageQueue queue, ExpressionEvaluator evaluator, IdGenerator ids, Clock clock,
                         boolean imageRequired) {
        this(stores, queue, evaluator, ids, clock, KnownRuntimes.unchecked(imageRequired));
    }

    /** @param runtimes the runtimes a task's {@code runtime} field may name, and which of them need an image */
    public JobSubmission(Stores stores, MessageQueue queue, ExpressionEvaluator evaluator, IdGenerator ids, Clock clock,
                         KnownRuntimes runtimes) {
        this(stores, new TransactionalWork(stores, queue, null, ids, clock), null, evaluator, ids, clock, runtimes);
    }

    /** Starts each new job in the transaction that stores it. */
    public JobSubmission(Stores stores, JobStart jobStart, ExpressionEvaluator evaluator, IdGenerator ids, Clock clock,
                         KnownRuntimes runtimes) {
        this(stores, jobStart.work(), jobStart, evaluator, ids, clock, runtimes);
    }

    private JobSubmission(Stores stores, TransactionalWork work, JobStart jobStart, ExpressionEvaluator evaluator,
                          IdGenerator ids, Clock clock, KnownRuntimes runtimes) {
        this.stores = stores;
        this.work = work;
        this.jobStart = jobStart;
        this.ids = ids;
        this.clock = clock;
        this.taskValidator = new TaskValidator(runtimes);
        this.jobValidator = new JobValidator(taskValidator);
        this.expressions = new ExpressionCheck(evaluator);
    }

    @Override
    public Job submit(SubmitJobCommand command) {
        List<Violation> violations = new ArrayList<>(jobValidator.validate(command.spec()));
        if (command.spec() != null) violations.addAll(expressions.check(command.spec()));
        if (!violations.isEmpty()) throw InvalidRequestException.of(violations);
        return accept(command.spec(), command.kind(), command.idempotencyKey());
    }

    @Override
    public Job submitTask(TaskSpec task) {
        if (task == null) throw new InvalidRequestException("the task document is empty");
        TaskSpec named = task.name() == null || task.name().isBlank() ? task.toBuilder().name(DEFAULT_TASK_NAME).build() : task;
        List<Violation> violations = new ArrayList<>(taskValidator.validate(named));
        violations.addAll(expressions.check(named));
        if (!violations.isEmpty()) throw InvalidRequestException.of(violations);
        return accept(JobSpec.of(named.name(), List.of(named)), JobKind.SINGLE_TASK, null);
    }

    private Job accept(JobSpec spec, JobKind kind, String idempotencyKey) {
        String id = ids.newId();
        if (jobStart != null) {
            try {
                Stored stored = work.apply(out -> store(id, spec, kind, idempotencyKey, job -> jobStart.start(job, out)));
                if (stored.isNew()) jobStart.started(stored.job().id());
                return stored.job();
            } catch (StoreException e) {
                throw e;
            } catch (RuntimeException e) {
                // the start failed unexpectedly and took the stored job with it: store the job again and leave
                // the start to the command's handler, which fails the job with the reason rather than losing it
                log.error("could not start job {} on submission; sending it a start command instead", id, e);
            }
        }
        // claiming the key and storing the job is one unit, so two submissions with one key make one job
        // the start command is kept in the same transaction, so an accepted job is started even if this process
        // dies before sending it
        Stored stored = work.apply(out -> store(id, spec, kind, idempotencyKey, job -> {
            stores.jobs().create(job);
            out.send(JOBS, new JobCommand(job.id(), JobCommandType.START, null));
        }));
        return stored.job();
    }

    private record Stored(Job job, boolean isNew) {
    }

    /** @param keeping stores the new job (and starts it, or has it started) */
    private Stored store(String newId, JobSpec spec, JobKind kind, String idempotencyKey, Consumer<Job> keeping) {
        String id = newId;
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            // the key may name a job whose storing failed: then this submission stores it under that id
            id = stores.jobs().claimIdempotencyKey(idempotencyKey, id).orElse(id);
            Optional<Job> first = stores.jobs().find(id);
            if (first.isPresent()) return new Stored(first.get(), false);
        }
        Job job = Job.submitted(id, kind, spec, clock.instant());
        keeping.accept(job);
        return new Stored(job, true);
    }
}
