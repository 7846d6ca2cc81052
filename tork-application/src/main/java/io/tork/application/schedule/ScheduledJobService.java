package io.tork.application.schedule;

import io.tork.application.job.ExpressionCheck;
import io.tork.application.port.in.InvalidRequestException;
import io.tork.application.port.in.ScheduledJobsUseCase;
import io.tork.application.port.out.CronSchedules;
import io.tork.application.port.out.ExpressionEvaluator;
import io.tork.application.port.out.IdGenerator;
import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.Page;
import io.tork.application.port.out.ScheduledJobStore;
import io.tork.domain.schedule.ScheduledJob;
import io.tork.domain.schedule.ScheduledJobSpec;
import io.tork.domain.validation.JobValidator;
import io.tork.domain.validation.KnownRuntimes;
import io.tork.domain.validation.ScheduledJobValidator;
import io.tork.domain.validation.TaskValidator;
import io.tork.domain.validation.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Creates, lists, pauses, resumes and deletes scheduled jobs. A document is checked as completely as a job
 * (every violation at once) and its cron expression by the parser that will run it.
 */
public final class ScheduledJobService implements ScheduledJobsUseCase {
    private final ScheduledJobStore store;
    private final CronSchedules cron;
    private final IdGenerator ids;
    private final Clock clock;
    private final ZoneId zone;
    private final ScheduledJobValidator validator;
    private final ExpressionCheck expressions;

    /**
     * @param zone          the time zone cron expressions are read in
     * @param imageRequired whether container tasks must name an image (the default runtime needs one)
     */
    public ScheduledJobService(ScheduledJobStore store, CronSchedules cron, ExpressionEvaluator evaluator,
                               IdGenerator ids, Clock clock, ZoneId zone, boolean imageRequired) {
        this(store, cron, evaluator, ids, clock, zone, KnownRuntimes.unchecked(imageRequired));
    }

    /** @param runtimes the runtimes a task's {@code runtime} field may name, and which of them need an image */
    public ScheduledJobService(ScheduledJobStore store, CronSchedules cron, ExpressionEvaluator evaluator,
                               IdGenerator ids, Clock clock, ZoneId zone, KnownRuntimes runtimes) {
        this.store = store;
        this.cron = cron;
        this.ids = ids;
        this.clock = clock;
        this.zone = zone;
        this.validator = new ScheduledJobValidator(new JobValidator(new TaskValidator(runtimes)));
        this.expressions = new ExpressionCheck(evaluator);
    }

    @Override
    public ScheduledJob create(ScheduledJobSpec spec) {
        List<Violation> violations = new ArrayList<>(validator.validate(spec));
        if (spec != null) violations.addAll(expressions.check(spec.toJobSpec()));
        Instant now = clock.instant();
        Optional<Instant> firstRun = Optional.empty();
        if (spec != null && spec.cron() != null && !spec.cron().isBlank()) {
            Optional<String> problem = cron.problem(spec.cron());
            if (problem.isPresent()) {
                violations.add(new Violation("schedule.cron", problem.get()));
            } else {
                firstRun = cron.nextAfter(spec.cron(), now, zone);
                if (firstRun.isEmpty()) {
                    violations.add(new Violation("schedule.cron", "'" + spec.cron() + "' never fires: no date matches it"));
                }
            }
        }
        if (!violations.isEmpty()) throw InvalidRequestException.of(violations);
        ScheduledJob created = ScheduledJob.created(ids.newId(), spec, now, firstRun.orElseThrow());
        store.create(created);
        return created;
    }

    @Override
    public Page<ScheduledJob> list(int page, int size) {
        return store.page(page, size);
    }

    @Override
    public ScheduledJob get(String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("scheduled job not found"));
    }

    @Override
    public void pause(String id) {
        store.update(id, ScheduledJob::pause);
    }

    @Override
    public void resume(String id) {
        store.update(id, s -> s.resume(cron.nextAfter(s.cron(), clock.instant(), zone).orElse(null)));
    }

    @Override
    public void delete(String id) {
        store.delete(id);
    }
}
