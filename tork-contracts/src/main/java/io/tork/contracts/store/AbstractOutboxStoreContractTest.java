package io.tork.contracts.store;

import static io.tork.contracts.TestData.at;
import static io.tork.contracts.TestData.newId;
import static io.tork.contracts.TestData.node;
import static io.tork.contracts.TestData.richSpec;
import static io.tork.contracts.TestData.logPart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.port.out.Message;
import io.tork.application.port.out.Message.Heartbeat;
import io.tork.application.port.out.Message.JobCommand;
import io.tork.application.port.out.Message.JobCommandType;
import io.tork.application.port.out.Message.LogPart;
import io.tork.application.port.out.Message.TaskMessage;
import io.tork.application.port.out.OutboxEntry;
import io.tork.application.port.out.OutboxStore;
import io.tork.application.port.out.Transactions;
import io.tork.domain.task.Task;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OutboxStore} does. The store is the same instance throughout one test and empty at its start;
 * {@link #transactions()} belongs to the same datastore.
 */
public abstract class AbstractOutboxStoreContractTest {

    protected abstract OutboxStore outboxStore();

    protected abstract Transactions transactions();

    @Test
    void keptEntriesComeBackWholeInTheOrderTheyWereKept() {
        Task task = Task.pending(newId(), newId(), null, 0, richSpec("build"), at(1)).schedule(richSpec("build"), at(2));
        List<OutboxEntry> entries = List.of(
                entry("x-queue", new TaskMessage(task), null, at(10)),
                entry("jobs", new JobCommand(newId(), JobCommandType.TIME_OUT, "took too long"), at(3600), at(10)),
                entry("heartbeat", new Heartbeat(node(newId(), "worker-1", at(9))), null, at(10)),
                entry("logs", new LogPart(logPart(newId(), 3, at(8))), null, at(10)));

        outboxStore().keep(entries);

        assertThat(outboxStore().keptBefore(at(11), 10)).containsExactlyElementsOf(entries);
    }

    @Test
    void onlyEntriesKeptBeforeTheInstantAreDue() {
        OutboxEntry old = entry("jobs", start(), null, at(10));
        OutboxEntry fresh = entry("jobs", start(), null, at(20));
        outboxStore().keep(List.of(old, fresh));

        assertThat(outboxStore().keptBefore(at(20), 10)).containsExactly(old);
        assertThat(outboxStore().keptBefore(at(10), 10)).isEmpty();
    }

    @Test
    void theOrderOfKeepingWinsOverTheInstantsAndTheLimitTakesTheOldest() {
        OutboxEntry first = entry("jobs", start(), null, at(10));
        OutboxEntry second = entry("jobs", start(), null, at(10));
        OutboxEntry third = entry("jobs", start(), null, at(5));
        outboxStore().keep(List.of(first, second));
        outboxStore().keep(List.of(third));

        assertThat(outboxStore().keptBefore(at(30), 2)).containsExactly(first, second);
        assertThat(outboxStore().keptBefore(at(30), 10)).containsExactly(first, second, third);
    }

    @Test
    void removedEntriesAreGoneAndUnknownIdsAreIgnored() {
        OutboxEntry sent = entry("jobs", start(), null, at(10));
        OutboxEntry waiting = entry("jobs", start(), null, at(10));
        outboxStore().keep(List.of(sent, waiting));

        outboxStore().remove(List.of(sent.id(), newId()));
        outboxStore().remove(List.of(sent.id()));
        outboxStore().remove(List.of());

        assertThat(outboxStore().keptBefore(at(11), 10)).containsExactly(waiting);
    }

    @Test
    void entriesKeptInARolledBackTransactionAreNotKept() {
        OutboxEntry entry = entry("jobs", start(), null, at(10));

        assertThatThrownBy(() -> transactions().run(() -> {
            outboxStore().keep(List.of(entry));
            throw new IllegalStateException("the work failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(outboxStore().keptBefore(at(11), 10)).isEmpty();
    }

    @Test
    void keepingNothingIsHarmless() {
        outboxStore().keep(List.of());

        assertThat(outboxStore().keptBefore(at(1_000_000), 10)).isEmpty();
    }

    private static OutboxEntry entry(String queue, Message message, Instant deliverAt, Instant keptAt) {
        return new OutboxEntry(newId(), queue, message, deliverAt, keptAt);
    }

    private static JobCommand start() {
        return new JobCommand(newId(), JobCommandType.START, null);
    }
}
