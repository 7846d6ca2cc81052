package io.tork.adapters.out.datastore.postgres;

import io.tork.application.port.out.Message;
import io.tork.application.port.out.Message.Heartbeat;
import io.tork.application.port.out.Message.JobCommand;
import io.tork.application.port.out.Message.LogPart;
import io.tork.application.port.out.Message.TaskMessage;
import io.tork.application.port.out.StoreException;
import org.jooq.JSONB;

/** Names each kind of message for the outbox's {@code kind} column and turns the stored document back into it. */
final class OutboxMessages {
    private final Documents documents;

    OutboxMessages(Documents documents) {
        this.documents = documents;
    }

    String kindOf(Message message) {
        return switch (message) {
            case TaskMessage ignored -> "task";
            case JobCommand ignored -> "job-command";
            case Heartbeat ignored -> "heartbeat";
            case LogPart ignored -> "log-part";
        };
    }

    JSONB write(Message message) {
        return documents.write(message);
    }

    Message read(String kind, JSONB doc) {
        return switch (kind) {
            case "task" -> documents.read(doc, TaskMessage.class);
            case "job-command" -> documents.read(doc, JobCommand.class);
            case "heartbeat" -> documents.read(doc, Heartbeat.class);
            case "log-part" -> documents.read(doc, LogPart.class);
            // written by a newer version that knows a kind this one does not: it must not block the others
            default -> throw new StoreException("an outbox message of unknown kind '" + kind + "'", false, null);
        };
    }
}
