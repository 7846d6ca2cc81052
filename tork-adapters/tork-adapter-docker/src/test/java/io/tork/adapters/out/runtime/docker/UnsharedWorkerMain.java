package io.tork.adapters.out.runtime.docker;

import io.tork.contracts.runtime.RecordingListener;
import io.tork.domain.spec.TaskSpec;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The worker {@link UnsharedWorker} starts: a runtime in {@link TorkDirMode#AUTO} with its folder in the given
 * base, running two tasks with the given ids (the first one starts the probe), then printing what it decided.
 */
public final class UnsharedWorkerMain {
    private UnsharedWorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[0]);
        try (DockerTaskRuntime runtime = new DockerTaskRuntime(
                DockerRuntimeConfig.defaults().withTorkDir(TorkDirMode.AUTO, base))) {
            String first = runtime.run(DockerTorkDirTest.task(args[1], script("printf first > $TORK_OUTPUT")),
                    new RecordingListener());
            TorkDirMode mode = runtime.torkDirMode(Duration.ofSeconds(30));
            String second = runtime.run(DockerTorkDirTest.task(args[2], script(DockerTorkDirTest.TORK_MOUNT_SOURCE)),
                    new RecordingListener());
            System.out.println("mode=" + mode);
            System.out.println("first=" + first);
            System.out.println("second=" + second);
        }
    }

    private static TaskSpec.Builder script(String run) {
        return TaskSpec.builder().name("unshared worker").image(DockerTaskRuntimeTest.IMAGE).run(run);
    }
}
