package io.tork.application.coordinator;

import io.tork.application.common.Outbox;
import io.tork.application.common.Stores;
import io.tork.application.common.TaskRenderer;
import io.tork.application.port.out.EventBus;
import io.tork.application.port.out.IdGenerator;
import io.tork.application.port.out.MessageQueue;
import java.time.Clock;

/** What every coordinator handler works with. */
public record CoordinatorServices(Stores stores, MessageQueue queue, EventBus events, TaskRenderer renderer,
                                  IdGenerator ids, Clock clock) {
    public Outbox newOutbox() {
        return new Outbox(queue, events);
    }
}
