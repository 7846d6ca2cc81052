package io.tork.adapters.out.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs {@link UnsharedWorkerMain} in a JVM of its own inside a private mount namespace ({@code unshare}) where
 * the runtime's folder is a fresh tmpfs: a worker whose directories the daemon cannot see, as when the worker runs
 * in a container or on another machine than the daemon. Needs root and util-linux's {@code unshare}.
 */
final class UnsharedWorker {
    private static final Path UNSHARE = Path.of("/usr/bin/unshare");
    private static final long LIMIT_SECONDS = 60;

    /** What the worker in the namespace saw. */
    record Outcome(TorkDirMode mode, String firstResult, String secondResult, String log) {
    }

    private UnsharedWorker() {
    }

    /** Skips the calling test, with the reason, when this cannot run here; fails it under tork.requireDocker. */
    static void requireAvailable() throws IOException {
        String problem = null;
        if (!Files.isExecutable(UNSHARE)) {
            problem = UNSHARE + " is missing (apt-get install util-linux)";
        } else if (!Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"))) {
            problem = "a private mount namespace needs root";
        }
        if (problem != null && Boolean.getBoolean("tork.requireDocker")) {
            throw new IllegalStateException(problem + " and tork.requireDocker=true");
        }
        Assumptions.assumeTrue(problem == null, problem);
    }

    static Outcome run(Path base, String firstTaskId, String secondTaskId) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = Files.createTempFile("tork-unshared-worker", ".log");
        try {
            Process process = new ProcessBuilder(UNSHARE.toString(), "--mount", "--propagation", "private", "sh", "-c",
                    "mount -t tmpfs tork-unshared \"$1\" && shift && exec \"$@\"", "sh", base.toString(),
                    java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), UnsharedWorkerMain.class.getName(),
                    base.toString(), firstTaskId, secondTaskId)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("the unshared worker did not end within " + LIMIT_SECONDS + " s:\n"
                        + Files.readString(log));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("exit code of the unshared worker; its output:\n%s", output).isZero();
            List<String> lines = output.lines().toList();
            return new Outcome(TorkDirMode.valueOf(value(lines, "mode=")), value(lines, "first="),
                    value(lines, "second="), output);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String value(List<String> lines, String prefix) {
        return lines.stream().filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length()))
                .findFirst().orElseThrow(() -> new AssertionError("no line " + prefix + " in:\n" + lines));
    }
}
