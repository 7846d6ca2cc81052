package io.tork.plugins.podman;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** The {@code podman} command line: one process per command, output captured, interrupts honoured. */
final class Podman {
    /** How long clean-up commands may take before they are given up (they run while the task is being stopped). */
    private static final long CLEAN_UP_SECONDS = 30;
    private static final long KILL_GRACE_SECONDS = 5;

    private final List<String> command;

    Podman(List<String> command) {
        this.command = List.copyOf(command);
    }

    /** What a finished command printed and how it ended. */
    record Result(int exitCode, String stdout, String stderr) {
        boolean succeeded() {
            return exitCode == 0;
        }

        /** Podman's own explanation, on one line: the last line of its error output, else of its output. */
        String error() {
            String text = stderr.isBlank() ? stdout : stderr;
            List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            return lines.isEmpty() ? "exit code " + exitCode : lines.getLast();
        }
    }

    /**
     * Runs a command to its end. When the thread is interrupted meanwhile, the command's process is stopped and
     * {@link InterruptedException} is thrown.
     */
    Result run(List<String> args) throws IOException, InterruptedException {
        Process process = start(args);
        process.getOutputStream().close();
        CompletableFuture<String> stdout = readAll(process.getInputStream());
        CompletableFuture<String> stderr = readAll(process.getErrorStream());
        try {
            int exitCode = process.waitFor();
            return new Result(exitCode, await(stdout), await(stderr));
        } catch (InterruptedException e) {
            destroy(process);
            throw e;
        }
    }

    /**
     * Runs a clean-up command even when the thread is interrupted (the interrupt is kept for the caller), within a
     * bounded time; never throws.
     */
    Result runToTheEnd(List<String> args) {
        boolean interrupted = Thread.interrupted();
        try {
            Process process = start(args);
            process.getOutputStream().close();
            CompletableFuture<String> stdout = readAll(process.getInputStream());
            CompletableFuture<String> stderr = readAll(process.getErrorStream());
            if (!waitUninterruptibly(process, CLEAN_UP_SECONDS)) {
                destroy(process);
                return new Result(-1, "", "timed out after " + CLEAN_UP_SECONDS + " s");
            }
            return new Result(process.exitValue(), awaitUninterruptibly(stdout), awaitUninterruptibly(stderr));
        } catch (IOException e) {
            return new Result(-1, "", e.getMessage());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts a command whose output the caller reads (a container's attached output). */
    Process start(List<String> args) throws IOException {
        List<String> full = new ArrayList<>(command);
        full.addAll(args);
        try {
            return new ProcessBuilder(full).start();
        } catch (IOException e) {
            throw new IOException("cannot run " + command.getFirst() + " (is Podman installed? runtime.podman.command "
                    + "names the program): " + e.getMessage(), e);
        }
    }

    /** Stops a command's process and its children; waits a little for them to go. */
    static void destroy(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        waitUninterruptibly(process, KILL_GRACE_SECONDS);
    }

    private static boolean waitUninterruptibly(Process process, long seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static CompletableFuture<String> readAll(InputStream stream) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread.ofVirtual().name("podman-output").start(() -> {
            try (stream) {
                text.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.complete("");
            }
        });
        return text;
    }

    /** The whole output of a finished process: its reader may still be draining the pipe. */
    private static String awaitUninterruptibly(CompletableFuture<String> output) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return output.get(KILL_GRACE_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    return "";
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String await(CompletableFuture<String> output) throws InterruptedException {
        try {
            return output.get(KILL_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            return "";
        }
    }
}
