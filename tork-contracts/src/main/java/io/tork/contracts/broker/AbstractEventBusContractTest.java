package io.tork.contracts.broker;

import static io.tork.contracts.Eventually.eventually;
import static io.tork.contracts.TestData.at;
import static io.tork.contracts.TestData.completed;
import static io.tork.contracts.TestData.failed;
import static io.tork.contracts.TestData.job;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.application.port.out.Activity;
import io.tork.application.port.out.EventBus;
import io.tork.contracts.Eventually;
import io.tork.application.port.out.Subscription;
import io.tork.domain.job.Job;
import io.tork.domain.task.TaskLogPart;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventBus} does. Listeners may be called on another thread than the publisher's, so the
 * suite waits for deliveries. Every test closes the subscriptions it made.
 */
public abstract class AbstractEventBusContractTest {
    protected static final Duration PATIENCE = Eventually.PATIENCE;

    private final List<Subscription> subscriptions = new ArrayList<>();

    /** The bus under test: the same instance throughout one test. */
    protected abstract EventBus eventBus();

    @AfterEach
    void closeSubscriptions() {
        subscriptions.forEach(Subscription::close);
    }

    @Test
    void aWildcardPatternReceivesEveryMatchingTopic() {
        Listener listener = subscribe("job.*");
        Job done = completed(job("done", at(0)));
        Job broken = failed(job("broken", at(1)));

        eventBus().publish("job.completed", done);
        eventBus().publish("job.failed", broken);

        listener.awaitCount(2);
        assertThat(listener.jobs()).containsExactlyInAnyOrder(done, broken);
    }

    @Test
    void anExactPatternReceivesOnlyItsTopic() {
        Listener exact = subscribe("job.completed");
        Listener everything = subscribe("*");
        Job broken = failed(job("broken", at(0)));
        Job done = completed(job("done", at(1)));

        eventBus().publish("job.failed", broken);
        eventBus().publish("job.completed", done);
        everything.awaitCount(2);

        exact.awaitCount(1);
        assertThat(exact.jobs()).containsExactly(done);
    }

    @Test
    void aPatternDoesNotReceiveOtherFamilies() {
        Listener jobs = subscribe("job.*");
        Listener everything = subscribe("*");
        Job done = completed(job("done", at(0)));

        eventBus().publish("scheduled.job", done);
        everything.awaitCount(1);
        eventBus().publish("job.completed", done);

        jobs.awaitCount(1);
        everything.awaitCount(2);
        assertThat(jobs.jobs()).containsExactly(done);
    }

    @Test
    void everySubscriberOfATopicGetsTheEvent() {
        List<Listener> listeners = List.of(subscribe("job.*"), subscribe("job.completed"), subscribe("job.*"));
        Job done = completed(job("done", at(0)));

        eventBus().publish("job.completed", done);

        listeners.forEach(l -> {
            l.awaitCount(1);
            assertThat(l.jobs()).containsExactly(done);
        });
    }

    @Test
    void aClosedSubscriptionGetsNothingMore() {
        Listener leaving = subscribe("job.*");
        Listener staying = subscribe("job.*");
        Job first = completed(job("first", at(0)));
        eventBus().publish("job.completed", first);
        leaving.awaitCount(1);
        staying.awaitCount(1);

        leaving.subscription.close();
        Job second = failed(job("second", at(1)));
        eventBus().publish("job.failed", second);

        staying.awaitCount(2);
        assertThat(leaving.jobs()).containsExactly(first);
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheOthersNorItsNextEvents() {
        Job first = completed(job("first", at(0)));
        Job second = failed(job("second", at(1)));
        Listener failing = subscribe("job.*", job -> {
            if (job.equals(first)) throw new IllegalStateException("deliberate failure in a contract test");
        });
        Listener healthy = subscribe("job.*");

        eventBus().publish("job.completed", first);
        eventBus().publish("job.failed", second);

        healthy.awaitCount(2);
        assertThat(healthy.jobs()).containsExactly(first, second);
        failing.awaitCount(1);
        assertThat(failing.jobs()).containsExactly(second);
    }

    @Test
    void everyWatcherGetsEveryNoticeInPublishingOrder() {
        List<Activity> first = new CopyOnWriteArrayList<>();
        List<Activity> second = new CopyOnWriteArrayList<>();
        subscriptions.add(eventBus().watch(first::add));
        subscriptions.add(eventBus().watch(second::add));
        Activity changed = new Activity.JobChanged("job-1");
        Activity printed = new Activity.LogAppended(new TaskLogPart("part-1", "task-1", 1, "hello\n", at(2)));
        Activity changedAgain = new Activity.JobChanged("job-2");

        eventBus().announce(changed);
        eventBus().announce(printed);
        eventBus().announce(changedAgain);

        eventually().until(() -> first.size() >= 3 && second.size() >= 3);
        assertThat(first).containsExactly(changed, printed, changedAgain);
        assertThat(second).containsExactly(changed, printed, changedAgain);
    }

    @Test
    void noticesAndJobEventsDoNotMix() {
        List<Activity> notices = new CopyOnWriteArrayList<>();
        subscriptions.add(eventBus().watch(notices::add));
        Listener everything = subscribe("*");
        Job done = completed(job("done", at(0)));

        eventBus().announce(new Activity.JobChanged(done.id()));
        eventBus().publish("job.completed", done);

        everything.awaitCount(1);
        eventually().until(() -> notices.size() >= 1);
        assertThat(everything.jobs()).containsExactly(done);
        assertThat(notices).containsExactly(new Activity.JobChanged(done.id()));
    }

    @Test
    void aClosedWatcherGetsNothingMoreAndAFailingOneDoesNotStopTheOthers() {
        List<Activity> leaving = new CopyOnWriteArrayList<>();
        List<Activity> staying = new CopyOnWriteArrayList<>();
        Subscription leavingSubscription = eventBus().watch(leaving::add);
        subscriptions.add(leavingSubscription);
        subscriptions.add(eventBus().watch(a -> {
            throw new IllegalStateException("deliberate failure in a contract test");
        }));
        subscriptions.add(eventBus().watch(staying::add));

        eventBus().announce(new Activity.JobChanged("first"));
        eventually().until(() -> leaving.size() >= 1 && staying.size() >= 1);
        leavingSubscription.close();
        eventBus().announce(new Activity.JobChanged("second"));

        eventually().until(() -> staying.size() >= 2);
        assertThat(leaving).containsExactly(new Activity.JobChanged("first"));
        assertThat(staying).containsExactly(new Activity.JobChanged("first"), new Activity.JobChanged("second"));
    }

    protected Listener subscribe(String pattern) {
        return subscribe(pattern, job -> { });
    }

    /** {@code before} runs ahead of recording each job, and may throw. */
    protected Listener subscribe(String pattern, Consumer<Job> before) {
        Listener listener = new Listener(before);
        listener.subscription = eventBus().subscribe(pattern, listener);
        subscriptions.add(listener.subscription);
        return listener;
    }

    /** Records the jobs it receives, in order. */
    protected static final class Listener implements Consumer<Job> {
        private final List<Job> jobs = new CopyOnWriteArrayList<>();
        private final Consumer<Job> before;
        private Subscription subscription;

        private Listener(Consumer<Job> before) {
            this.before = before;
        }

        @Override
        public void accept(Job job) {
            before.accept(job);
            jobs.add(job);
        }

        public List<Job> jobs() {
            return List.copyOf(jobs);
        }

        public Subscription subscription() {
            return subscription;
        }

        public void awaitCount(int expected) {
            eventually().until(() -> jobs.size() >= expected);
        }
    }
}
