package io.tork.adapters.out.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import io.tork.application.port.out.RuntimeListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads {@code /tork/progress} from a running container and reports the value when it changes. */
final class ProgressPoller {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressPoller.class);
    private static final int MAX_PROGRESS_BYTES = 64;

    private final DockerClient docker;
    private final String containerId;
    private final RuntimeListener listener;
    private double lastReported;

    ProgressPoller(DockerClient docker, String containerId, RuntimeListener listener) {
        this.docker = docker;
        this.containerId = containerId;
        this.listener = listener;
    }

    /** Never throws: progress is a courtesy, a failure to read it must not fail the task. */
    void poll() {
        String text;
        try (InputStream archive = docker.copyArchiveFromContainerCmd(containerId, ContainerPlan.PROGRESS_FILE).exec()) {
            TarReader.Content content = TarReader.firstFile(archive, MAX_PROGRESS_BYTES);
            text = content == null ? "" : new String(content.bytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not read the progress of container {}: {}", containerId, e.getMessage());
            return;
        }
        Double value = parse(text);
        if (value != null && value != lastReported) {
            lastReported = value;
            try {
                listener.progress(value);
            } catch (RuntimeException e) {
                LOG.warn("task progress listener failed", e);
            }
        }
    }

    /**
     * Anything that is not a number is ignored, blank included: a shell's {@code echo 50 > file} truncates the file
     * before writing, and a read in between must not report a spurious 0.
     */
    static Double parse(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
