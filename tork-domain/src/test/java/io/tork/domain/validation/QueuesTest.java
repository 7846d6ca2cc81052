package io.tork.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueuesTest {
    @ParameterizedTest
    @ValueSource(strings = {"pending", "started", "completed", "error", "heartbeat", "jobs", "logs", "progress",
            "redeliveries", "x-788222", "x-"})
    void theCoordinatorsAndPrivateQueuesAreReserved(String queue) {
        assertThat(Queues.isReserved(queue)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "urgent", "video", "box-x-", "Jobs", "xfoo"})
    void workerQueuesAreNot(String queue) {
        assertThat(Queues.isReserved(queue)).isFalse();
    }
}
