package io.tork.adapters.out.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tork.domain.job.JobState;
import java.util.EnumMap;
import java.util.Map;

/** How many jobs this coordinator moved into each state. */
final class JobMeters {
    private final Map<JobState, Counter> entered = new EnumMap<>(JobState.class);

    JobMeters(MeterRegistry registry) {
        for (JobState state : JobState.values()) {
            entered.put(state, Counter.builder("tork.job.transitions").tag("state", state.name())
                    .description("Jobs that entered this state (counted by the coordinator that stored the change)")
                    .register(registry));
        }
    }

    void entered(JobState state) {
        entered.get(state).increment();
    }
}
