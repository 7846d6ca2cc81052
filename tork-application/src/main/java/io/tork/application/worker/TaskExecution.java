package io.tork.application.worker;

import io.tork.application.port.out.RuntimeFailure;
import io.tork.application.port.out.RuntimeListener;
import io.tork.application.port.out.TaskRuntime;
import io.tork.domain.task.Task;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one task through the runtime on its own thread, so that a timeout or a cancellation can interrupt it
 * and still wait for the runtime to clean up before the outcome is reported.
 */
final class TaskExecution {
    private final Thread thread;
    private final AtomicReference<Outcome> outcome = new AtomicReference<>();
    private volatile boolean cancelled;

    TaskExecution(TaskRuntime runtime, Task task, RuntimeListener listener) {
        this.thread = Thread.ofVirtual().name("task-" + task.id()).unstarted(() -> {
            if (cancelled) {
                // cancelled before the thread started: interrupting an unstarted thread is not remembered
                outcome.set(new Outcome.Interrupted());
                return;
            }
            try {
                outcome.set(new Outcome.Succeeded(runtime.run(task, listener)));
            } catch (RuntimeFailure e) {
                outcome.set(new Outcome.Failed(e.getMessage()));
            } catch (InterruptedException e) {
                outcome.set(new Outcome.Interrupted());
            } catch (RuntimeException e) {
                outcome.set(new Outcome.Failed("the runtime failed: " + e));
            }
        });
    }

    /** Runs to the end, or until {@code timeout} (null: none) passes, or until cancelled. */
    Outcome run(Duration timeout) throws InterruptedException {
        thread.start();
        try {
            if (timeout == null) {
                thread.join();
            } else if (!thread.join(timeout)) {
                thread.interrupt();
                thread.join();
                return new Outcome.TimedOut(timeout);
            }
        } catch (InterruptedException e) {
            // the worker itself is stopping: stop the task and let it clean up first
            thread.interrupt();
            thread.join();
            throw e;
        }
        Outcome result = outcome.get();
        return cancelled && result instanceof Outcome.Interrupted ? new Outcome.Cancelled() : result;
    }

    void cancel() {
        cancelled = true;
        thread.interrupt();
    }

    sealed interface Outcome {
        record Succeeded(String result) implements Outcome {
        }

        record Failed(String error) implements Outcome {
        }

        record TimedOut(Duration after) implements Outcome {
        }

        record Cancelled() implements Outcome {
        }

        record Interrupted() implements Outcome {
        }
    }
}
