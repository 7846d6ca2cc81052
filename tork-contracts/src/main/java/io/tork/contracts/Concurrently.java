package io.tork.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Runs the same work on several threads released at once, to provoke races in the code under test. */
public final class Concurrently {
    private Concurrently() {
    }

    /** Runs {@code work} on {@code threads} threads ({@code work} gets the thread's index) and returns the results. */
    public static <T> List<T> run(int threads, IntFunction<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.apply(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** Runs {@code action} {@code times} times on each of {@code threads} threads. */
    public static void repeat(int threads, int times, Runnable action) throws Exception {
        run(threads, index -> {
            for (int i = 0; i < times; i++) {
                action.run();
            }
            return null;
        });
    }
}
