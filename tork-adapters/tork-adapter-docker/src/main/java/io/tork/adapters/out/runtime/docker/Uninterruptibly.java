package io.tork.adapters.out.runtime.docker;

import java.util.function.Supplier;

/**
 * Runs a Docker call with the thread's interrupt status cleared, then restores it. The HTTP transport may give
 * up at once on an interrupted thread, and a container created or removed halfway would be left behind: creation
 * and cleanup must complete even while the task is being cancelled.
 */
final class Uninterruptibly {
    private Uninterruptibly() {
    }

    static <T> T call(Supplier<T> action) {
        boolean interrupted = Thread.interrupted();
        try {
            return action.get();
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
