package io.tork.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 4: one job whose {@code each} fans out over many items, 200 at a time, on a standalone engine with the
 * no-op runtime: the time it takes, whether it grows linearly with the items, and the coordinator's heap.
 */
final class EachBenchmark {
    private static final String SECTION = "4. Scale of one job";
    private static final int CONCURRENCY = 200;
    private static final double MB = 1024 * 1024;
    private final Bench bench;

    EachBenchmark(Bench bench) {
        this.bench = bench;
    }

    List<Result> run() throws Exception {
        int small = bench.size(10_000, 1_000);
        int large = bench.size(100_000, 10_000);
        List<Double> smallSeconds = new ArrayList<>();
        List<Double> largeSeconds = new ArrayList<>();
        List<Double> growth = new ArrayList<>();
        List<Double> largeHeap = new ArrayList<>();
        List<Double> idleHeap = new ArrayList<>();
        // warm-up at both sizes: code that only the large job exercises enough to compile would otherwise be
        // compiled during the first large measurement, and only there
        Bench.log("each: warming up (%d and %d items, not measured)", small, large);
        measure(small, new ArrayList<>());
        measure(large, new ArrayList<>());
        for (int round = 1; round <= bench.rounds(); round++) {
            List<Double> heap = new ArrayList<>();
            smallSeconds.add(measure(small, new ArrayList<>()));
            largeSeconds.add(measure(large, heap));
            growth.add(largeSeconds.getLast() / smallSeconds.getLast());
            idleHeap.add(heap.get(0));
            largeHeap.add(heap.get(1));
            Bench.log("each round %d: %d items %.2f s, %d items %.2f s (%.1f×), heap peak %.0f MB (idle engine %.0f MB)",
                    round, small, smallSeconds.getLast(), large, largeSeconds.getLast(), growth.getLast(),
                    largeHeap.getLast(), idleHeap.getLast());
        }
        String per = "items/s at " + small + ": " + Format.number(small / Stats.median(smallSeconds));
        return List.of(
                Result.of(SECTION, "each over " + small + " items, concurrency " + CONCURRENCY, null, smallSeconds, "s",
                        "—", per),
                Result.of(SECTION, "each over " + large + " items: time ÷ time at " + small, Target.atMost(12, "×"),
                        growth, "×", Format.value(Stats.median(smallSeconds), "s") + " at " + small + " items",
                        Format.value(Stats.median(largeSeconds), "s") + " at " + large + " items"),
                Result.of(SECTION, "each over " + large + " items: coordinator heap peak (after GC)",
                        Target.atMost(512, "MB"), largeHeap, "MB",
                        "idle engine: " + Format.value(Stats.median(idleHeap), "MB"),
                        "+" + Format.value(Stats.median(largeHeap) - Stats.median(idleHeap), "MB") + " for the job"));
    }

    /** Runs one each job on a fresh engine; returns seconds, and adds the idle and peak heap in MB to {@code heap}. */
    private double measure(int items, List<Double> heap) throws Exception {
        NoopRuntime runtime = new NoopRuntime();
        try (EngineUnderTest engine = Deployments.standalone(Map.of(), runtime); EngineApi api = engine.api()) {
            heap.add(HeapWatcher.liveHeapBytes() / MB);
            try (HeapWatcher watcher = new HeapWatcher()) {
                long start = System.nanoTime();
                String id = api.submit(Jobs.each(items, CONCURRENCY, Jobs.IMAGE));
                awaitEnd(api, id, Duration.ofMinutes(20));
                double seconds = (System.nanoTime() - start) / 1e9;
                if (runtime.runs() != items) {
                    throw new IllegalStateException("ran " + runtime.runs() + " of " + items + " items");
                }
                heap.add(watcher.stop() / MB);
                return seconds;
            }
        }
    }

    /** Counts rather than reads the job: its view lists every task, which at this size is large. */
    private static void awaitEnd(EngineApi api, String id, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (api.countJobs("completed") < 1) {
            if (api.countJobs("failed") > 0) throw new IllegalStateException("the each job " + id + " failed");
            if (System.nanoTime() > deadline) throw new IllegalStateException("the each job did not end in " + patience);
            Thread.sleep(20);
        }
    }
}
