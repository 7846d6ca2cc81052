package io.tork.adapters.out.broker.artemis;

import io.tork.application.port.out.MessageQueue;
import io.tork.contracts.broker.AbstractMessageQueueContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class ArtemisMessageQueueContractTest extends AbstractMessageQueueContractTest {
    private static TestBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = TestBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Override
    protected MessageQueue queue() {
        return broker.client().messageQueue();
    }
}
