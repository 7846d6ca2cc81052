package io.tork.adapters.out.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import io.tork.application.port.out.TaskRuntime;
import io.tork.contracts.runtime.AbstractTaskRuntimeContractTest;
import io.tork.domain.task.Task;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

@RequiresDocker
class DockerTaskRuntimeContractTest extends AbstractTaskRuntimeContractTest {
    private static DockerTaskRuntime runtime;
    private static DockerClient docker;

    @BeforeAll
    static void connect() {
        runtime = new DockerTaskRuntime(DockerRuntimeConfig.defaults());
        docker = DockerClients.connect(null);
    }

    @AfterAll
    static void disconnect() throws IOException {
        if (runtime != null) {
            runtime.close();
        }
        if (docker != null) {
            docker.close();
        }
    }

    @Override
    protected TaskRuntime runtime() {
        return runtime;
    }

    @Override
    protected String image() {
        return DockerTaskRuntimeTest.IMAGE;
    }

    @Override
    protected void assertNothingLeftBehind(Task task) {
        Leftovers.assertNoneFor(docker, task.id());
    }
}
