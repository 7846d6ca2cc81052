package io.tork.application.port.out;

import java.util.Map;
import java.util.Objects;

/**
 * Calls webhooks. {@link #send} returns at once; the call is made in the background: a {@code POST} of the
 * payload as JSON with the given headers, retried with growing pauses on network errors and on 429 or 5xx
 * answers, given up after a few attempts. Calls with the same {@link WebhookCall#orderingKey()} are made one after
 * the other, in the order sent. Failures are logged (the URL, never headers or payload), never thrown.
 */
public interface WebhookSender {
    void send(WebhookCall call);

    /**
     * @param payload     a JSON-like tree: maps, lists, strings, numbers, booleans and nulls
     * @param orderingKey calls sharing it are delivered in order (the job's id)
     */
    record WebhookCall(String url, Map<String, String> headers, Map<String, Object> payload, String orderingKey) {
        public WebhookCall {
            Objects.requireNonNull(url, "url");
            headers = headers == null ? Map.of() : Map.copyOf(headers);
            Objects.requireNonNull(payload, "payload");
        }
    }
}
