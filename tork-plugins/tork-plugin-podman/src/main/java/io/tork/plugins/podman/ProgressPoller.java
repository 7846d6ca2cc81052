package io.tork.plugins.podman;

import io.tork.plugin.api.RunListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the task's {@code TORK_PROGRESS} file and reports its value when it changes. */
final class ProgressPoller {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressPoller.class);

    private final TaskDirectory directory;
    private final RunListener listener;
    private Double lastReported;

    ProgressPoller(TaskDirectory directory, RunListener listener) {
        this.directory = directory;
        this.listener = listener;
    }

    /** Never throws: progress is a courtesy, failing to read it must not fail the task. */
    void poll() {
        Double value = parse(directory.readProgress());
        if (value != null && !value.equals(lastReported)) {
            lastReported = value;
            try {
                listener.progress(value);
            } catch (RuntimeException e) {
                LOG.warn("the task's progress listener failed: {}", e.toString());
            }
        }
    }

    /**
     * Anything but a number is ignored, blank included: {@code echo 50 > file} truncates the file before writing, and
     * a read in between must not report a spurious 0.
     */
    static Double parse(String text) {
        if (text.isEmpty()) return null;
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
