package io.tork.adapters.out.broker.artemis;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.tork.application.port.out.Activity;
import io.tork.application.port.out.Activity.JobChanged;
import io.tork.application.port.out.Activity.LogAppended;
import io.tork.application.port.out.Message;
import io.tork.application.port.out.Message.Heartbeat;
import io.tork.application.port.out.Message.JobCommand;
import io.tork.application.port.out.Message.LogPart;
import io.tork.application.port.out.Message.TaskMessage;
import io.tork.domain.job.Job;
import io.tork.domain.node.Node;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskLogPart;
import java.io.IOException;

/**
 * The broker's wire format: {@code {"v":1,"type":"task","body":{…}}}, the body being the record's components by
 * their Java names. Unknown fields are ignored and a newer {@code v} is still read, so processes of different
 * versions can share a broker as long as changes only add fields.
 */
final class MessageCodec {
    static final int VERSION = 1;
    private static final String TASK = "task";
    private static final String JOB_COMMAND = "job-command";
    private static final String HEARTBEAT = "heartbeat";
    private static final String LOG_PART = "log-part";
    private static final String JOB_EVENT = "job";
    private static final String JOB_CHANGED = "job-changed";

    // record components only: convenience methods such as isChild() or isEmpty() are not data
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .visibility(PropertyAccessor.GETTER, Visibility.NONE)
            .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .build();

    byte[] encode(Message message) {
        return switch (message) {
            case TaskMessage m -> envelope(TASK, m.task());
            case JobCommand m -> envelope(JOB_COMMAND, m);
            case Heartbeat m -> envelope(HEARTBEAT, m.node());
            case LogPart m -> envelope(LOG_PART, m.part());
        };
    }

    Message decode(byte[] json) throws UndecodableMessageException {
        Envelope envelope = open(json);
        return switch (envelope.type) {
            case TASK -> new TaskMessage(body(envelope, Task.class));
            case JOB_COMMAND -> body(envelope, JobCommand.class);
            case HEARTBEAT -> new Heartbeat(body(envelope, Node.class));
            case LOG_PART -> new LogPart(body(envelope, TaskLogPart.class));
            default -> throw new UndecodableMessageException("unknown message type '" + envelope.type + "'");
        };
    }

    byte[] encodeEvent(Job job) {
        return envelope(JOB_EVENT, job);
    }

    Job decodeEvent(byte[] json) throws UndecodableMessageException {
        Envelope envelope = open(json);
        if (!JOB_EVENT.equals(envelope.type)) {
            throw new UndecodableMessageException("unknown event type '" + envelope.type + "'");
        }
        return body(envelope, Job.class);
    }

    byte[] encodeActivity(Activity activity) {
        return switch (activity) {
            case JobChanged a -> envelope(JOB_CHANGED, a);
            case LogAppended a -> envelope(LOG_PART, a.part());
        };
    }

    Activity decodeActivity(byte[] json) throws UndecodableMessageException {
        Envelope envelope = open(json);
        return switch (envelope.type) {
            case JOB_CHANGED -> body(envelope, JobChanged.class);
            case LOG_PART -> new LogAppended(body(envelope, TaskLogPart.class));
            default -> throw new UndecodableMessageException("unknown activity type '" + envelope.type + "'");
        };
    }

    private byte[] envelope(String type, Object body) {
        ObjectNode envelope = mapper.createObjectNode();
        envelope.put("v", VERSION);
        envelope.put("type", type);
        envelope.set("body", mapper.valueToTree(body));
        try {
            return mapper.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("could not write a " + type + " message as JSON", e);
        }
    }

    private Envelope open(byte[] json) throws UndecodableMessageException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (IOException e) {
            throw new UndecodableMessageException("not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new UndecodableMessageException("not a message envelope");
        }
        JsonNode type = root.get("type");
        JsonNode body = root.get("body");
        if (type == null || !type.isTextual() || body == null || !body.isObject()) {
            throw new UndecodableMessageException("a message envelope needs a text 'type' and an object 'body'");
        }
        return new Envelope(type.asText(), body);
    }

    private <T> T body(Envelope envelope, Class<T> kind) throws UndecodableMessageException {
        try {
            return mapper.treeToValue(envelope.body, kind);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UndecodableMessageException("a '" + envelope.type + "' body that does not fit: " + e.getMessage(), e);
        }
    }

    private record Envelope(String type, JsonNode body) {
    }

    /** The bytes are not a message this version understands; the message is set aside, not retried. */
    static final class UndecodableMessageException extends Exception {
        UndecodableMessageException(String message) {
            super(message);
        }

        UndecodableMessageException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
