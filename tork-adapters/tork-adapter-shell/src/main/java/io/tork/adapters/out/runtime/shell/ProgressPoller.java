package io.tork.adapters.out.runtime.shell;

import io.tork.application.port.out.RuntimeListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Reads the script's {@code $TORK_PROGRESS} file at a fixed interval and reports each new value; values are
 * clamped to 0–100. A blank file is skipped rather than read as 0: {@code echo 50 > $TORK_PROGRESS} truncates the
 * file before writing, and a read in between must not report a spurious 0.
 */
final class ProgressPoller {
    private final Path file;
    private final RuntimeListener listener;
    private final Duration interval;
    private final Thread thread;
    private double lastReported;

    private ProgressPoller(Path file, RuntimeListener listener, Duration interval) {
        this.file = file;
        this.listener = listener;
        this.interval = interval;
        this.thread = Thread.ofVirtual().name("shell-progress").start(this::pollUntilStopped);
    }

    static ProgressPoller start(Path file, RuntimeListener listener, Duration interval) {
        return new ProgressPoller(file, listener, interval);
    }

    private void pollUntilStopped() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(interval);
                poll();
            }
        } catch (InterruptedException stopped) {
            // stop() was called: the process ended.
        }
    }

    private void poll() {
        Double percent = read();
        if (percent != null && percent != lastReported) {
            lastReported = percent;
            try {
                listener.progress(percent);
            } catch (RuntimeException ignored) {
                // A listener failure must not stop progress reporting for the rest of the run.
            }
        }
    }

    private Double read() {
        try {
            String text = Files.readString(file).trim();
            if (text.isEmpty()) return null;
            double value = Double.parseDouble(text);
            if (Double.isNaN(value)) return null;
            return Math.max(0, Math.min(100, value));
        } catch (IOException | NumberFormatException unreadable) {
            return null;
        }
    }

    void stop() throws InterruptedException {
        thread.interrupt();
        thread.join();
    }
}
