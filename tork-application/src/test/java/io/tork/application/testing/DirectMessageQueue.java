package io.tork.application.testing;

import io.tork.application.common.QueueNames;
import io.tork.application.port.out.Message;
import io.tork.application.port.out.Message.TaskMessage;
import io.tork.application.port.out.MessageHandler;
import io.tork.application.port.out.MessageQueue;
import io.tork.application.port.out.QueueInfo;
import io.tork.application.port.out.Subscription;
import io.tork.domain.task.Task;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A deterministic broker. Messages for <em>synchronous</em> consumers go into one global FIFO, which the
 * publishing thread drains right away (unless some thread is already draining it, which then also delivers
 * the new message): handlers therefore run one at a time, in publication order.
 *
 * <p>Consumers of the queues chosen by {@code ownThreads} (by default the task queues, i.e. the worker's) get
 * their own threads instead, because a worker blocks for as long as its task runs; their reports come back
 * through the FIFO like any other message.
 *
 * <p>Messages to a queue nobody consumes wait there until someone subscribes. {@link #publishAt} holds its
 * message until {@link #advanceTo} reaches its time (the test moves the clock). Priority is ignored. Every
 * publication is recorded, and every exception a handler throws is kept in {@link #failures()}.
 */
public final class DirectMessageQueue implements MessageQueue, AutoCloseable {
    private final Clock clock;
    private final Predicate<String> ownThreads;
    private final Object lock = new Object();
    private final Deque<Delivery> fifo = new ArrayDeque<>();
    private final Map<String, QueueState> queues = new LinkedHashMap<>();
    private final List<Published> timed = new ArrayList<>();
    private final List<Published> published = new CopyOnWriteArrayList<>();
    private final List<HandlerFailure> failures = new CopyOnWriteArrayList<>();
    private final List<Consumer> consumers = new CopyOnWriteArrayList<>();
    private boolean draining;
    private volatile boolean healthy = true;

    /** @param deliverAt null for an immediate publication */
    public record Published(String queue, Message message, Instant deliverAt) {
    }

    public record HandlerFailure(String queue, Message message, Throwable error) {
    }

    private record Delivery(String queue, Message message) {
    }

    private static final class QueueState {
        final Deque<Message> waiting = new ArrayDeque<>();
        final List<Consumer> consumers = new ArrayList<>();
        int inFlight;
        int turn;
    }

    public DirectMessageQueue(Clock clock) {
        this(clock, QueueNames::isTaskQueue);
    }

    public DirectMessageQueue(Clock clock, Predicate<String> ownThreads) {
        this.clock = clock;
        this.ownThreads = ownThreads;
    }

    @Override
    public void publish(String queue, Message message) {
        published.add(new Published(queue, message, null));
        synchronized (lock) {
            route(queue, message);
        }
        drain();
    }

    @Override
    public void publishAt(String queue, Message message, Instant deliverAt) {
        published.add(new Published(queue, message, deliverAt));
        synchronized (lock) {
            if (deliverAt.isAfter(clock.instant())) {
                timed.add(new Published(queue, message, deliverAt));
                return;
            }
            route(queue, message);
        }
        drain();
    }

    /** Releases, in time order, every message published for delivery at or before {@code now}. */
    public void advanceTo(Instant now) {
        synchronized (lock) {
            List<Published> due = timed.stream().filter(p -> !p.deliverAt().isAfter(now))
                    .sorted(Comparator.comparing(Published::deliverAt)).toList();
            timed.removeAll(due);
            due.forEach(p -> route(p.queue(), p.message()));
        }
        drain();
    }

    @Override
    public Subscription subscribe(String queue, int concurrency, MessageHandler handler) {
        boolean detached = ownThreads.test(queue);
        Consumer consumer = new Consumer(queue, handler, detached);
        consumers.add(consumer);
        synchronized (lock) {
            QueueState q = state(queue);
            q.consumers.add(consumer);
            if (!detached) {
                while (!q.waiting.isEmpty()) fifo.add(new Delivery(queue, q.waiting.poll()));
            }
        }
        if (detached) {
            for (int i = 0; i < Math.max(1, concurrency); i++) consumer.startThread(i);
        } else {
            drain();
        }
        return consumer;
    }

    @Override
    public List<QueueInfo> queues() {
        synchronized (lock) {
            return queues.keySet().stream().map(this::info).toList();
        }
    }

    @Override
    public Optional<QueueInfo> queue(String name) {
        synchronized (lock) {
            return queues.containsKey(name) ? Optional.of(info(name)) : Optional.empty();
        }
    }

    @Override
    public void deleteQueue(String name) {
        synchronized (lock) {
            QueueState q = queues.get(name);
            if (q == null) return;
            q.waiting.clear();
            fifo.removeIf(d -> d.queue().equals(name));
            if (q.consumers.isEmpty()) queues.remove(name);
        }
    }

    @Override
    public boolean isHealthy() {
        return healthy;
    }

    public void setHealthy(boolean healthy) {
        this.healthy = healthy;
    }

    public List<Published> published() {
        return List.copyOf(published);
    }

    public List<Message> publishedTo(String queue) {
        return published.stream().filter(p -> p.queue().equals(queue)).map(Published::message).toList();
    }

    /** The tasks carried by the messages published to {@code queue}, in order. */
    public List<Task> tasksPublishedTo(String queue) {
        return publishedTo(queue).stream().filter(TaskMessage.class::isInstance).map(m -> ((TaskMessage) m).task()).toList();
    }

    /** Messages waiting for their delivery time. */
    public List<Published> timed() {
        synchronized (lock) {
            return List.copyOf(timed);
        }
    }

    public List<HandlerFailure> failures() {
        return List.copyOf(failures);
    }

    /** Stops every consumer and waits (briefly) for their threads to end. */
    @Override
    public void close() {
        consumers.forEach(Consumer::close);
        for (Consumer c : consumers) c.join(Duration.ofSeconds(5));
    }

    private void route(String queue, Message message) {
        QueueState q = state(queue);
        if (q.consumers.stream().anyMatch(c -> !c.detached)) {
            fifo.add(new Delivery(queue, message));
        } else {
            q.waiting.add(message);
            lock.notifyAll();
        }
    }

    /** Delivers FIFO messages until none is left, unless another thread is already doing so. */
    private void drain() {
        synchronized (lock) {
            if (draining) return;
            draining = true;
        }
        boolean finished = false;
        try {
            while (true) {
                Delivery next;
                Consumer consumer;
                synchronized (lock) {
                    next = fifo.poll();
                    if (next == null) {
                        draining = false;
                        finished = true;
                        return;
                    }
                    QueueState q = state(next.queue());
                    List<Consumer> sync = q.consumers.stream().filter(c -> !c.detached).toList();
                    if (sync.isEmpty()) {
                        q.waiting.add(next.message());
                        lock.notifyAll();
                        continue;
                    }
                    consumer = sync.get(q.turn++ % sync.size());
                    q.inFlight++;
                }
                consumer.deliver(next.message());
            }
        } finally {
            if (!finished) {
                synchronized (lock) {
                    draining = false;
                }
            }
        }
    }

    private QueueState state(String queue) {
        return queues.computeIfAbsent(queue, k -> new QueueState());
    }

    private QueueInfo info(String name) {
        QueueState q = queues.get(name);
        long inFifo = fifo.stream().filter(d -> d.queue().equals(name)).count();
        int open = (int) q.consumers.stream().filter(c -> !c.closed).count();
        return new QueueInfo(name, q.waiting.size() + inFifo, open, q.inFlight);
    }

    private final class Consumer implements Subscription {
        private final String queue;
        private final MessageHandler handler;
        private final boolean detached;
        private final List<Thread> threads = new CopyOnWriteArrayList<>();
        private volatile boolean closed;

        Consumer(String queue, MessageHandler handler, boolean detached) {
            this.queue = queue;
            this.handler = handler;
            this.detached = detached;
        }

        void startThread(int index) {
            Thread t = Thread.ofPlatform().daemon().name("consumer-" + queue + "-" + index).start(this::consume);
            threads.add(t);
        }

        private void consume() {
            while (true) {
                Message next;
                synchronized (lock) {
                    QueueState q = state(queue);
                    while (!closed && q.waiting.isEmpty()) {
                        try {
                            lock.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    if (closed) return;
                    next = q.waiting.poll();
                    q.inFlight++;
                }
                deliver(next);
            }
        }

        /** Hands one message to the handler; the caller has counted it in flight. */
        void deliver(Message message) {
            try {
                handler.handle(message);
            } catch (Exception | Error e) {
                failures.add(new HandlerFailure(queue, message, e));
            } finally {
                synchronized (lock) {
                    state(queue).inFlight--;
                }
            }
        }

        @Override
        public void close() {
            synchronized (lock) {
                closed = true;
                state(queue).consumers.remove(this);
                lock.notifyAll();
            }
        }

        void join(Duration timeout) {
            for (Thread t : threads) {
                try {
                    t.join(timeout);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
