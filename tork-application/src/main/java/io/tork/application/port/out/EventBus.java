package io.tork.application.port.out;

import io.tork.domain.job.Job;
import java.util.function.Consumer;

/**
 * Fan-out of job events ({@code job.completed}, {@code job.failed}, {@code job.cancelled}, …) to every
 * subscriber whose pattern matches; {@code *} in a pattern matches any run of characters.
 */
public interface EventBus {
    void publish(String topic, Job job);

    Subscription subscribe(String pattern, Consumer<Job> listener);
}
