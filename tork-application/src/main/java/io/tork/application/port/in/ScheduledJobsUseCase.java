package io.tork.application.port.in;

import io.tork.application.port.out.Page;
import io.tork.domain.schedule.ScheduledJob;
import io.tork.domain.schedule.ScheduledJobSpec;

/** {@code /scheduled-jobs}: jobs created at every tick of a cron expression. */
public interface ScheduledJobsUseCase {
    /**
     * Validates the document (every violation at once, an invalid cron expression named {@code schedule.cron})
     * and stores it ACTIVE.
     *
     * @throws InvalidRequestException listing every violation
     */
    ScheduledJob create(ScheduledJobSpec spec);

    Page<ScheduledJob> list(int page, int size);

    /** @throws io.tork.application.port.out.NotFoundException ({@code scheduled job not found}) */
    ScheduledJob get(String id);

    /** @throws io.tork.domain.common.IllegalTransitionException when it is not ACTIVE */
    void pause(String id);

    /** Fires again from the next tick after now. @throws io.tork.domain.common.IllegalTransitionException when not PAUSED */
    void resume(String id);

    /** Deletes it and every job it created. */
    void delete(String id);
}
