package io.tork.app.e2e;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;

/**
 * Tests of the Podman plugin need {@code podman} with the test image loaded. Without them they are skipped with a
 * reason, unless {@code -Dtork.requireDocker=true} (CI, whose {@code .ci/run} installs both) makes that a failure.
 */
public final class Podman {
    public static final String IMAGE = "tork-test/busybox:latest";

    private Podman() {
    }

    public static void require() {
        Docker.Result image = Docker.run("podman", "image", "exists", IMAGE);
        if (image.exitCode() != 0) {
            String reason = "podman cannot run the test image " + IMAGE + " (" + (image.output().isBlank()
                    ? "exit code " + image.exitCode() : image.output().strip()) + "): Podman tests skipped";
            if (Boolean.getBoolean("tork.requireDocker")) fail(reason + " — but tork.requireDocker=true");
            assumeTrue(false, reason);
        }
    }

    /** Containers and volumes the Podman runtime created for these tasks and did not remove. */
    public static List<String> leftoversOf(List<String> taskIds) {
        List<String> left = new ArrayList<>();
        for (String id : taskIds) {
            String label = "label=io.tork.task-id=" + id;
            left.addAll(lines(Docker.run("podman", "ps", "--all", "--quiet", "--filter", label).output()));
            left.addAll(lines(Docker.run("podman", "volume", "ls", "--quiet", "--filter", label).output()));
        }
        return left;
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
