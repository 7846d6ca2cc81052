package io.tork.adapters.in.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One open {@code GET /events} response. Events wait in a bounded queue and are written by the request's own
 * (virtual) thread, so a slow client never holds up the others. A client that falls too far behind gets a
 * {@code reset} event and is disconnected: it reconnects and reads the current state again, which is cheaper than
 * keeping an unbounded backlog for it.
 */
final class EventStream {
    static final int CAPACITY = 10_000;
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    private static final LiveEvent CLOSE = new LiveEvent("close", null, null);

    private final EventFilter filter;
    private final Duration keepAlive;
    private final BlockingQueue<LiveEvent> queue = new LinkedBlockingQueue<>(CAPACITY);
    private volatile boolean overflowed;
    private volatile boolean closed;

    /** @param keepAlive how long the stream may stay silent; a comment then keeps proxies from closing it */
    EventStream(EventFilter filter, Duration keepAlive) {
        this.filter = filter;
        this.keepAlive = keepAlive;
    }

    EventFilter filter() {
        return filter;
    }

    void offer(LiveEvent event) {
        if (filter.wants(event) && !queue.offer(event)) overflowed = true;
    }

    /** Ends {@link #pump} soon, after the events already queued. */
    void close() {
        closed = true;
        queue.offer(CLOSE);
    }

    /**
     * Writes events until the stream is closed or the client goes away. The first event, {@code ready}, tells the
     * client that everything from now on reaches it, so it can read the current state and apply events on top.
     */
    void pump(OutputStream out) throws InterruptedException {
        try {
            write(out, "retry: 2000\nevent: ready\ndata: {}\n\n");
            while (!closed || !queue.isEmpty()) {
                LiveEvent event = queue.poll(keepAlive.toMillis(), TimeUnit.MILLISECONDS);
                if (overflowed) {
                    write(out, "event: reset\ndata: {\"reason\":\"the client fell behind; read the state again\"}\n\n");
                    return;
                }
                if (event == CLOSE) return;
                write(out, event == null ? ": keep-alive\n\n"
                        : "event: " + event.type() + "\ndata: " + event.data() + "\n\n");
            }
        } catch (IOException e) {
            // the client went away (noticed at the latest by the next keep-alive): nothing to tell anyone
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
