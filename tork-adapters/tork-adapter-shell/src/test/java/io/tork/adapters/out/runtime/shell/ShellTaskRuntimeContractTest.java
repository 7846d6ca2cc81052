package io.tork.adapters.out.runtime.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.tork.application.port.out.TaskRuntime;
import io.tork.contracts.runtime.AbstractTaskRuntimeContractTest;
import io.tork.domain.task.Task;

class ShellTaskRuntimeContractTest extends AbstractTaskRuntimeContractTest {
    private final TaskRuntime runtime = new ShellTaskRuntime(ShellRuntimeConfig.defaults());
    private final TempDirs tempDirs = TempDirs.snapshot();

    @Override
    protected TaskRuntime runtime() {
        return runtime;
    }

    @Override
    protected String image() {
        return null;
    }

    @Override
    protected void assertNothingLeftBehind(Task task) {
        assertThat(tempDirs.createdSince()).as("task directories left behind").isEmpty();
    }
}
