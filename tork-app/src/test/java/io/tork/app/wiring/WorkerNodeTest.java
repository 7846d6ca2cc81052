package io.tork.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.app.cli.CommandFailedException;
import io.tork.application.port.out.RuntimeListener;
import io.tork.application.port.out.TaskRuntime;
import io.tork.domain.task.Task;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class WorkerNodeTest {
    @Test
    void theDefaultRuntimeIsCreatedOnceOnAThreadOfItsOwnAndHealthWaitsForIt() throws Exception {
        CountDownLatch creating = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> creatingThreads = new CopyOnWriteArrayList<>();
        RuntimeCatalog catalog = new RuntimeCatalog("slow").add(new RuntimeCatalog.Entry("slow", "a test", false,
                () -> {
                    creatingThreads.add(Thread.currentThread().getName());
                    creating.countDown();
                    await(release);
                    return new HealthyRuntime();
                }));

        WorkerNode.PendingRuntime pending = WorkerNode.runtimeInBackground(catalog);
        await(creating);
        AtomicReference<Boolean> healthy = new AtomicReference<>();
        Thread healthCheck = Thread.ofPlatform().start(() -> healthy.set(pending.runtime().isHealthy()));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> healthCheck.getState() == Thread.State.BLOCKED
                || healthCheck.getState() == Thread.State.WAITING);
        assertThat(healthy).as("health waits for the runtime being created").hasNullValue();

        release.countDown();
        pending.awaitCreated();
        healthCheck.join();

        assertThat(healthy).hasValue(true);
        assertThat(creatingThreads).containsExactly("runtime-start");
        assertThat(pending.runtime().name()).isEqualTo("slow");
        catalog.close();
    }

    @Test
    void aDefaultRuntimeThatCannotStartIsReportedWhenAwaited() throws Exception {
        RuntimeCatalog catalog = new RuntimeCatalog("broken").add(new RuntimeCatalog.Entry("broken", "a test", false,
                () -> {
                    throw new IllegalStateException("no daemon at unix:///var/run/docker.sock");
                }));

        WorkerNode.PendingRuntime pending = WorkerNode.runtimeInBackground(catalog);

        assertThatThrownBy(pending::awaitCreated).isInstanceOf(CommandFailedException.class)
                .hasMessageStartingWith("the broken runtime cannot start: no daemon at unix:///var/run/docker.sock");
        pending.close(); // does not throw again: the failure was reported once
        assertThat(pending.runtime().isHealthy()).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final class HealthyRuntime implements TaskRuntime {
        @Override
        public String name() {
            return "slow";
        }

        @Override
        public String run(Task task, RuntimeListener listener) {
            return "";
        }

        @Override
        public boolean isHealthy() {
            return true;
        }
    }
}
