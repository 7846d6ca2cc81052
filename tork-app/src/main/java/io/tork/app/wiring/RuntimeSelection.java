package io.tork.app.wiring;

import io.tork.application.port.out.RuntimeFailure;
import io.tork.application.port.out.RuntimeListener;
import io.tork.application.port.out.TaskRuntime;
import io.tork.domain.task.Task;

/**
 * The worker's runtime: runs each task on the runtime its {@code runtime} field names, or on the default one
 * ({@code runtime.type}). The worker's health is its default runtime's.
 */
final class RuntimeSelection implements TaskRuntime {
    private final RuntimeCatalog catalog;

    RuntimeSelection(RuntimeCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return catalog.defaultName();
    }

    @Override
    public String run(Task task, RuntimeListener listener) throws RuntimeFailure, InterruptedException {
        String wanted = task.spec().runtime();
        String name = wanted == null || wanted.isBlank() ? catalog.defaultName() : wanted;
        TaskRuntime runtime;
        try {
            runtime = catalog.runtime(name).orElseThrow(() -> new RuntimeFailure("this worker has no runtime '"
                    + name + "' (it has " + catalog.describeNames() + "): install the plugin that provides it"));
        } catch (RuntimeException e) {
            throw new RuntimeFailure("the " + name + " runtime cannot start: " + StartupMessages.detail(e), e);
        }
        return runtime.run(task, listener);
    }

    @Override
    public boolean isHealthy() {
        try {
            return catalog.defaultRuntime().isHealthy();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
