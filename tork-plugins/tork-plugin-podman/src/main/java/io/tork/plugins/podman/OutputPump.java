package io.tork.plugins.podman;

import io.tork.plugin.api.RunListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies one output stream of a container to the listener as it comes, in parts, on a thread of its own; keeps the
 * last lines for a failure message and, when asked, the first 64 KiB for the result.
 */
final class OutputPump {
    private static final Logger LOG = LoggerFactory.getLogger(OutputPump.class);
    private static final int CHUNK_CHARS = 8192;

    private final LastLines tail;
    private final StringBuilder head;
    private final int headLimit;
    private final CountDownLatch finished = new CountDownLatch(1);

    private OutputPump(LastLines tail, int headLimit) {
        this.tail = tail;
        this.headLimit = headLimit;
        this.head = headLimit > 0 ? new StringBuilder() : null;
    }

    /**
     * @param keepHeadBytes how many bytes of the beginning to keep for {@link #head()}; 0 keeps none
     */
    static OutputPump start(InputStream stream, RunListener listener, LastLines tail, int keepHeadBytes) {
        OutputPump pump = new OutputPump(tail, keepHeadBytes);
        Thread.ofVirtual().name("podman-logs").start(() -> pump.copy(stream, listener));
        return pump;
    }

    private void copy(InputStream stream, RunListener listener) {
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            char[] buffer = new char[CHUNK_CHARS];
            int read;
            while ((read = reader.read(buffer)) >= 0) {
                if (read == 0) continue;
                String text = new String(buffer, 0, read);
                tail.append(text);
                keepHead(text);
                try {
                    listener.log(text);
                } catch (RuntimeException e) {
                    LOG.warn("the task's log listener failed: {}", e.toString());
                }
            }
        } catch (IOException e) {
            LOG.debug("container output ended: {}", e.getMessage());
        } finally {
            finished.countDown();
        }
    }

    private synchronized void keepHead(String text) {
        // a char is at most 4 bytes, so this many chars always cover the bytes kept
        if (head != null && head.length() < headLimit) {
            head.append(text, 0, Math.min(text.length(), headLimit - head.length()));
        }
    }

    /** Waits until the stream has ended (the container's output is complete), at most {@code seconds}. */
    boolean await(long seconds) throws InterruptedException {
        return finished.await(seconds, TimeUnit.SECONDS);
    }

    /** The first bytes of the output, cut to the limit asked for. */
    synchronized String head() {
        return head == null ? "" : Utf8.limit(head.toString(), headLimit);
    }
}
