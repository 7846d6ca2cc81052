package io.tork.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** What every benchmark of one run shares: the number of rounds, the size, a work folder, the PostgreSQL server. */
final class Bench implements AutoCloseable {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final int rounds;
    private final boolean quick;
    private final Path root;
    private final Path work;
    private Postgres postgres;

    Bench(int rounds, boolean quick, Path root) throws IOException {
        this.rounds = rounds;
        this.quick = quick;
        this.root = root;
        this.work = Files.createTempDirectory("tork-bench");
    }

    int rounds() {
        return rounds;
    }

    /** A small run for checking the harness itself: figures are not comparable with the targets. */
    boolean quick() {
        return quick;
    }

    /** {@code full} normally, {@code small} in a quick run. */
    int size(int full, int small) {
        return quick ? small : full;
    }

    Path root() {
        return root;
    }

    Path newFolder(String name) throws IOException {
        return Files.createTempDirectory(work, name);
    }

    synchronized Postgres postgres() throws IOException {
        if (postgres == null) {
            log("starting the embedded PostgreSQL server");
            postgres = Postgres.start();
        }
        return postgres;
    }

    static void log(String format, Object... args) {
        System.err.println("[" + LocalTime.now().format(CLOCK) + "] " + String.format(format, args));
    }

    /** Runs the garbage collector until the heap stops shrinking, so one round's garbage does not burden the next. */
    static void settle() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) postgres.close();
        try (var files = Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
