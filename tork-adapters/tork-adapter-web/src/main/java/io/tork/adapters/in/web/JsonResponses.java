package io.tork.adapters.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes view records as JSON the way the reference does: {@code application/json}, a trailing newline, empty
 * fields left out (Go's {@code omitempty}: null, zero, false, empty text, empty list or map), RFC 3339 UTC
 * timestamps, and indented when the URL carries {@code ?pretty}.
 */
final class JsonResponses {
    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .setDefaultPropertyInclusion(JsonInclude.Value.construct(
                    JsonInclude.Include.NON_DEFAULT, JsonInclude.Include.ALWAYS));

    void send(Context ctx, int status, Object body) {
        boolean pretty = ctx.queryParamMap().containsKey("pretty");
        byte[] json = render(body, pretty);
        ctx.status(status).contentType("application/json").result(json);
    }

    /** The body as one line of JSON (no trailing newline), as a server-sent event's data must be. */
    String line(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not render an event", e);
        }
    }

    byte[] render(Object body, boolean pretty) {
        try {
            String text = pretty ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(body)
                    : mapper.writeValueAsString(body);
            return (text + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not render the response", e);
        }
    }
}
