package io.tork.adapters.out.runtime.docker;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Runs a Docker call to its end even while the calling thread is being interrupted, then restores the
 * interrupt. The HTTP transport gives up on an interrupted thread, but the daemon may still carry out the request
 * (a container created after its creator stopped listening would be left behind), so the call runs on a thread
 * of its own that no cancellation reaches, and the caller waits for it.
 */
final class Uninterruptibly {
    private Uninterruptibly() {
    }

    static <T> T call(Supplier<T> action) {
        boolean interrupted = Thread.interrupted();
        CompletableFuture<T> outcome = new CompletableFuture<>();
        Thread.ofVirtual().name("docker-call").start(() -> {
            try {
                outcome.complete(action.get());
            } catch (Throwable t) {
                outcome.completeExceptionally(t);
            }
        });
        try {
            while (true) {
                try {
                    return outcome.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException runtime) throw runtime;
                    if (cause instanceof Error error) throw error;
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }
}
