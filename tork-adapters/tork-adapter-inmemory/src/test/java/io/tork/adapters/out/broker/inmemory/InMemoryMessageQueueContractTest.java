package io.tork.adapters.out.broker.inmemory;

import io.tork.application.port.out.MessageQueue;
import io.tork.contracts.broker.AbstractMessageQueueContractTest;
import org.junit.jupiter.api.AutoClose;

class InMemoryMessageQueueContractTest extends AbstractMessageQueueContractTest {
    /** Closed after the suite's own clean-up has released blocked handlers. */
    @AutoClose
    private final InMemoryMessageQueue queue = new InMemoryMessageQueue();

    @Override
    protected MessageQueue queue() {
        return queue;
    }
}
