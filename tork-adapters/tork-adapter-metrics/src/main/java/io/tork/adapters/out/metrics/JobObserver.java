package io.tork.adapters.out.metrics;

import io.tork.application.common.Steps;
import io.tork.application.port.out.JobStore;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobState;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/** Watches a job store: every stored change of state goes to {@link JobMeters} once it is committed. */
final class JobObserver implements Interception.Interceptor {
    private final JobMeters meters;
    private final AfterCommit afterCommit;

    private JobObserver(JobMeters meters, AfterCommit afterCommit) {
        this.meters = meters;
        this.afterCommit = afterCommit;
    }

    static JobStore observe(JobStore inner, JobMeters meters, AfterCommit afterCommit) {
        return Interception.of(JobStore.class, inner, new JobObserver(meters, afterCommit));
    }

    @Override
    public Object intercept(Method method, Object[] args, Interception.Proceed proceed) throws Throwable {
        if (Interception.is(method, "create", 1) && args[0] instanceof Job job) {
            Object result = proceed.with(args);
            afterCommit.record(() -> meters.entered(job.state()));
            return result;
        }
        if (Interception.is(method, "createStarted", 2) && args[0] instanceof Job submitted
                && args[1] instanceof Job started) {
            Object result = proceed.with(args);
            afterCommit.record(() -> {
                meters.entered(submitted.state());
                meters.entered(started.state());
            });
            return result;
        }
        if (Interception.is(method, "update", 2) && args[1] instanceof Steps<?> steps) {
            Object after = proceed.with(args);
            steps.forEachChange((from, to) -> {
                JobState entered = ((Job) to).state();
                if (entered != ((Job) from).state()) afterCommit.record(() -> meters.entered(entered));
            });
            return after;
        }
        if (Interception.is(method, "update", 2) && args[1] instanceof UnaryOperator<?> change) {
            @SuppressWarnings("unchecked")
            UnaryOperator<Job> jobChange = (UnaryOperator<Job>) change;
            AtomicReference<Job> before = new AtomicReference<>();
            UnaryOperator<Job> watched = job -> {
                before.set(job);
                return jobChange.apply(job);
            };
            Job after = (Job) proceed.with(new Object[] {args[0], watched});
            Job previous = before.get();
            if (previous != null && after != null && previous.state() != after.state()) {
                afterCommit.record(() -> meters.entered(after.state()));
            }
            return after;
        }
        return proceed.with(args);
    }
}
