package io.tork.adapters.out.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import io.tork.application.port.out.TaskRuntime;
import io.tork.contracts.runtime.AbstractTaskRuntimeContractTest;
import io.tork.domain.task.Task;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The runtime contract, held by each way of backing {@code /tork} (one subclass per {@link TorkDirMode}). */
@RequiresDocker
abstract class DockerTaskRuntimeContractTest extends AbstractTaskRuntimeContractTest {
    private static final Map<Class<?>, DockerTaskRuntime> RUNTIMES = new ConcurrentHashMap<>();
    private static DockerClient docker;

    /** What backs {@code /tork} in the runtime under test. */
    abstract TorkDirMode torkDirMode();

    @BeforeAll
    static void connect() {
        docker = DockerClients.connect(null);
    }

    @AfterAll
    static void disconnect() throws IOException {
        RUNTIMES.values().forEach(DockerTaskRuntime::close);
        RUNTIMES.clear();
        if (docker != null) {
            docker.close();
        }
    }

    @Override
    protected TaskRuntime runtime() {
        return RUNTIMES.computeIfAbsent(getClass(), type -> new DockerTaskRuntime(
                DockerRuntimeConfig.defaults().withTorkDir(torkDirMode(), null)));
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
