package io.tork.application.port.out;

import io.tork.domain.job.Job;
import java.util.function.Consumer;

/**
 * Fan-out of job events ({@code job.completed}, {@code job.failed}, {@code job.cancelled}, …) to every
 * subscriber whose pattern matches; {@code *} in a pattern matches any run of characters. It also carries
 * {@link Activity} notices to every watcher, in every process that shares the broker.
 */
public interface EventBus {
    void publish(String topic, Job job);

    Subscription subscribe(String pattern, Consumer<Job> listener);

    /**
     * Sends a notice to every current watcher, in publishing order. Best effort: never durable, and a watcher that
     * subscribes later does not see it.
     */
    void announce(Activity activity);

    Subscription watch(Consumer<Activity> watcher);
}
