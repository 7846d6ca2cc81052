package io.tork.application.coordinator;

import io.tork.application.common.TransactionalWork;
import io.tork.application.common.Stores;
import io.tork.application.common.TaskRenderer;
import io.tork.application.port.out.EventBus;
import io.tork.application.port.out.IdGenerator;
import io.tork.application.port.out.MessageQueue;
import java.time.Clock;

/** What every coordinator handler works with. */
public record CoordinatorServices(Stores stores, MessageQueue queue, EventBus events, TaskRenderer renderer,
                                  IdGenerator ids, Clock clock) {
    /**
     * Work in a transaction whose messages are kept in the outbox with it and sent once it committed. Each call
     * makes a new one; reuse it for many transactions, since each forgets its sent entries on its own.
     */
    public TransactionalWork transactionalWork() {
        return new TransactionalWork(stores, queue, events, ids, clock);
    }
}
