package io.tork.adapters.out.broker.inmemory;

import io.tork.application.port.out.EventBus;
import io.tork.contracts.broker.AbstractEventBusContractTest;
import org.junit.jupiter.api.AutoClose;

class InMemoryEventBusContractTest extends AbstractEventBusContractTest {
    @AutoClose
    private final InMemoryEventBus bus = new InMemoryEventBus();

    @Override
    protected EventBus eventBus() {
        return bus;
    }
}
