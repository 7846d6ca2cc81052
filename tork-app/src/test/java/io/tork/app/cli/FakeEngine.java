package io.tork.app.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** An engine that runs until stopped. */
final class FakeEngine implements RunningEngine {
    private final CountDownLatch stopped = new CountDownLatch(1);
    final AtomicInteger stopCalls = new AtomicInteger();

    @Override
    public void awaitTermination() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void stop() {
        stopCalls.incrementAndGet();
        stopped.countDown();
    }
}
