package io.tork.adapters.out.runtime.docker;

import com.github.dockerjava.api.async.ResultCallback;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A docker-java stream consumer whose waits do not end the stream: docker-java's own
 * {@code awaitCompletion(timeout)} closes the stream when the time is up, which rules out polling while waiting.
 */
abstract class StreamCallback<T> implements ResultCallback<T> {
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile Closeable stream;
    private volatile Throwable error;
    private volatile boolean closed;

    @Override
    public void onStart(Closeable s) {
        stream = s;
        if (closed) {
            closeQuietly(s);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        if (!closed) {
            error = throwable;
        }
        finished.countDown();
    }

    @Override
    public void onComplete() {
        finished.countDown();
    }

    /** Ends the stream (the HTTP response is closed); a closed stream reports no error. */
    @Override
    public void close() {
        closed = true;
        Closeable s = stream;
        if (s != null) {
            closeQuietly(s);
        }
        finished.countDown();
    }

    void await() throws InterruptedException {
        finished.await();
    }

    /** @return whether the stream ended within {@code timeout}; the stream goes on either way */
    boolean await(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** What ended the stream abnormally, or {@code null}. */
    Throwable error() {
        return error;
    }

    private static void closeQuietly(Closeable s) {
        try {
            s.close();
        } catch (IOException | RuntimeException ignored) {
            // The stream is being abandoned; a failure to close it changes nothing for the task.
        }
    }
}
