package io.tork.app.wiring;

import io.tork.application.port.out.EventBus;
import io.tork.application.port.out.MessageQueue;
import java.util.function.BooleanSupplier;

/** The broker a process talks through, however it is implemented; closing it releases the connection. */
record BrokerBackend(MessageQueue queue, EventBus events, BooleanSupplier health, AutoCloseable closer)
        implements AutoCloseable {
    @Override
    public void close() throws Exception {
        closer.close();
    }
}
