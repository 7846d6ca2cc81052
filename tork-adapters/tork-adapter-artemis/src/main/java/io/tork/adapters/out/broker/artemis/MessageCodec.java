package io.tork.adapters.out.broker.artemis;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

/**
 * The broker's wire format: {@code {"v":1,"type":"task","body":{…}}}, the body being the record's components by
 * their Java names. Unknown fields are ignored and a newer {@code v} is still read, so processes of different
 * versions can share a broker as long as changes only add fields.
 */
final class MessageCodec {
    static final int VERSION = 1;
    private static final String NOT_AN_ENVELOPE = "not a message envelope";
    private static final String BAD_ENVELOPE = "a message envelope needs a text 'type' and an object 'body'";
    private static final String TASK = "task";
    private static final String JOB_COMMAND = "job-command";
    private static final String HEARTBEAT = "heartbeat";
    private static final String LOG_PART = "log-part";
    private static final String JOB_EVENT = "job";
    private static final String JOB_CHANGED = "job-changed";
    private static final Map<String, Class<?>> MESSAGE_KINDS = Map.of(TASK, Task.class, JOB_COMMAND, JobCommand.class,
            HEARTBEAT, Node.class, LOG_PART, TaskLogPart.class);
    private static final Map<String, Class<?>> EVENT_KINDS = Map.of(JOB_EVENT, Job.class);
    private static final Map<String, Class<?>> ACTIVITY_KINDS = Map.of(JOB_CHANGED, JobChanged.class,
            LOG_PART, TaskLogPart.class);

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
        Opened opened = open(json, MESSAGE_KINDS, "message");
        return switch (opened.type()) {
            case TASK -> new TaskMessage((Task) opened.body());
            case HEARTBEAT -> new Heartbeat((Node) opened.body());
            case LOG_PART -> new LogPart((TaskLogPart) opened.body());
            default -> (JobCommand) opened.body();
        };
    }

    byte[] encodeEvent(Job job) {
        return envelope(JOB_EVENT, job);
    }

    Job decodeEvent(byte[] json) throws UndecodableMessageException {
        return (Job) open(json, EVENT_KINDS, "event").body();
    }

    byte[] encodeActivity(Activity activity) {
        return switch (activity) {
            case JobChanged a -> envelope(JOB_CHANGED, a);
            case LogAppended a -> envelope(LOG_PART, a.part());
        };
    }

    Activity decodeActivity(byte[] json) throws UndecodableMessageException {
        Opened opened = open(json, ACTIVITY_KINDS, "activity");
        return LOG_PART.equals(opened.type()) ? new LogAppended((TaskLogPart) opened.body()) : (JobChanged) opened.body();
    }

    /** Written in one pass, the body straight from its record (no tree in between): every message pays for this. */
    private byte[] envelope(String type, Object body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (JsonGenerator json = mapper.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeNumberField("v", VERSION);
            json.writeStringField("type", type);
            json.writeFieldName("body");
            mapper.writeValue(json, body);
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalArgumentException("could not write a " + type + " message as JSON", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads an envelope in one pass: when {@code type} comes before {@code body}, as this codec writes it, the body
     * is read straight into its record; otherwise it is kept as a tree until the type is known.
     *
     * @param kinds the record each type's body is
     * @param what  what the bytes should be, for the error about a type that is not one of {@code kinds}
     */
    private Opened open(byte[] json, Map<String, Class<?>> kinds, String what) throws UndecodableMessageException {
        String type = null;
        boolean typeIsText = false;
        Object body = null;
        JsonNode deferred = null;
        boolean bodyIsObject = false;
        try (JsonParser parser = mapper.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) throw new UndecodableMessageException(NOT_AN_ENVELOPE);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("type".equals(field)) {
                    typeIsText = value == JsonToken.VALUE_STRING;
                    type = typeIsText ? parser.getText() : null;
                } else if ("body".equals(field) && value == JsonToken.START_OBJECT) {
                    bodyIsObject = true;
                    Class<?> kind = type == null ? null : kinds.get(type);
                    if (kind != null) body = readBody(parser, kind, type);
                    else deferred = mapper.readTree(parser);
                } else {
                    if ("body".equals(field)) bodyIsObject = false;
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new UndecodableMessageException("not JSON: " + e.getMessage(), e);
        }
        if (!typeIsText || !bodyIsObject) throw new UndecodableMessageException(BAD_ENVELOPE);
        if (body != null) return new Opened(type, body);
        Class<?> kind = kinds.get(type);
        if (kind == null) throw new UndecodableMessageException("unknown " + what + " type '" + type + "'");
        try {
            return new Opened(type, mapper.treeToValue(deferred, kind));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw doesNotFit(type, e);
        }
    }

    private Object readBody(JsonParser parser, Class<?> kind, String type) throws UndecodableMessageException, IOException {
        try {
            return mapper.readValue(parser, kind);
        } catch (JsonParseException e) {
            throw e;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw doesNotFit(type, e);
        }
    }

    private static UndecodableMessageException doesNotFit(String type, Exception e) {
        String detail = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        return new UndecodableMessageException("a '" + type + "' body that does not fit: " + detail, e);
    }

    private record Opened(String type, Object body) {
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
