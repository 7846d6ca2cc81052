package io.tork.adapters.out.broker.inmemory;

import io.tork.application.port.out.Activity;
import io.tork.application.port.out.EventBus;
import io.tork.application.port.out.StoreException;
import io.tork.application.port.out.Subscription;
import io.tork.domain.job.Job;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Job events and activity notices fanned out in this process. Listeners are called one after the other, in subscription order, on
 * one dispatcher thread per bus: a slow listener delays later events but never blocks the publisher (which is
 * often a coordinator handler). A listener that throws is logged and the others still get the event. Who gets an
 * event is decided when it is published: a subscription made afterwards does not see it, one closed before
 * delivery does not either.
 *
 * <p>{@link #close()} delivers the events already published, then stops the dispatcher; events published after
 * that are dropped.
 */
public final class InMemoryEventBus implements EventBus, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(InMemoryEventBus.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);
    private static final Runnable STOP_DISPATCH = () -> { };

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<Watcher> watchers = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Runnable> events = new LinkedBlockingQueue<>();
    private final Thread dispatcher;
    private volatile boolean closed;

    public InMemoryEventBus() {
        dispatcher = Thread.ofPlatform().daemon().name("tork-events").start(this::dispatch);
    }

    @Override
    public void publish(String topic, Job job) {
        Objects.requireNonNull(topic, "topic");
        if (closed) {
            log.debug("event bus closed; dropping {} of job {}", topic, job == null ? null : job.id());
            return;
        }
        List<Listener> targets = listeners.stream().filter(l -> l.pattern.matches(topic)).toList();
        if (!targets.isEmpty()) {
            Event event = new Event(topic, job, targets);
            events.add(() -> event.targets.forEach(listener -> listener.deliver(event)));
        }
    }

    @Override
    public void announce(Activity activity) {
        Objects.requireNonNull(activity, "activity");
        if (closed || watchers.isEmpty()) {
            return;
        }
        List<Watcher> targets = List.copyOf(watchers);
        events.add(() -> targets.forEach(watcher -> watcher.deliver(activity)));
    }

    @Override
    public Subscription watch(Consumer<Activity> watcher) {
        Objects.requireNonNull(watcher, "watcher");
        if (closed) {
            throw new StoreException("event bus is closed", false, null);
        }
        Watcher subscription = new Watcher(watcher);
        watchers.add(subscription);
        return subscription;
    }

    @Override
    public Subscription subscribe(String pattern, Consumer<Job> listener) {
        Objects.requireNonNull(listener, "listener");
        if (closed) {
            throw new StoreException("event bus is closed", false, null);
        }
        Listener subscription = new Listener(new WildcardPattern(pattern), listener);
        listeners.add(subscription);
        return subscription;
    }

    /** Idempotent; see the class comment. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        events.add(STOP_DISPATCH);
        if (Thread.currentThread() == dispatcher) {
            return;
        }
        try {
            if (!dispatcher.join(SHUTDOWN_GRACE)) {
                log.warn("an event listener did not finish within {}; interrupting it", SHUTDOWN_GRACE);
                dispatcher.interrupt();
                dispatcher.join(SHUTDOWN_GRACE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        listeners.clear();
        watchers.clear();
    }

    private void dispatch() {
        while (true) {
            Runnable delivery;
            try {
                delivery = events.take();
            } catch (InterruptedException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            if (delivery == STOP_DISPATCH) {
                return;
            }
            delivery.run();
        }
    }

    /** Whatever a callback throws is logged, and an interrupt meant for its work must not stop the dispatcher. */
    private void guarded(Runnable callback, String what) {
        try {
            callback.run();
        } catch (RuntimeException | Error failure) {
            log.error("{} failed", what, failure);
        } finally {
            if (!closed) {
                Thread.interrupted();
            }
        }
    }

    private record Event(String topic, Job job, List<Listener> targets) {
    }

    private final class Listener implements Subscription {
        private final WildcardPattern pattern;
        private final Consumer<Job> consumer;
        private volatile boolean active = true;

        Listener(WildcardPattern pattern, Consumer<Job> consumer) {
            this.pattern = pattern;
            this.consumer = consumer;
        }

        void deliver(Event event) {
            if (active) {
                guarded(() -> consumer.accept(event.job), "a listener of " + pattern + " on " + event.topic);
            }
        }

        @Override
        public void close() {
            active = false;
            listeners.remove(this);
        }
    }

    private final class Watcher implements Subscription {
        private final Consumer<Activity> consumer;
        private volatile boolean active = true;

        Watcher(Consumer<Activity> consumer) {
            this.consumer = consumer;
        }

        void deliver(Activity activity) {
            if (active) {
                guarded(() -> consumer.accept(activity), "a watcher of " + activity);
            }
        }

        @Override
        public void close() {
            active = false;
            watchers.remove(this);
        }
    }
}
