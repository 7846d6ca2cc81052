package io.tork.app.e2e;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * End-to-end tests talk to the real Docker daemon through the {@code docker} CLI. Without a daemon they are
 * skipped with a reason, unless {@code -Dtork.requireDocker=true} (CI) turns the skip into a failure.
 */
final class Docker {
    private Docker() {
    }

    static void require() {
        boolean available = run("docker", "info").exitCode() == 0;
        if (!available) {
            String reason = "no Docker daemon answers (docker info failed): Docker end-to-end tests skipped";
            if (Boolean.getBoolean("tork.requireDocker")) fail(reason + " — but tork.requireDocker=true");
            assumeTrue(false, reason);
        }
    }

    /** Containers and volumes the Docker runtime created for these tasks and did not remove. */
    static List<String> leftoversOf(List<String> taskIds) {
        List<String> left = new ArrayList<>();
        for (String id : taskIds) {
            String label = "label=io.tork.task-id=" + id;
            left.addAll(lines(run("docker", "ps", "-aq", "--filter", label).output()));
            left.addAll(lines(run("docker", "volume", "ls", "-q", "--filter", label).output()));
        }
        return left;
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    record Result(int exitCode, String output) {
    }

    static Result run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, out);
            }
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }
}
