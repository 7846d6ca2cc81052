package io.tork.adapters.out.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tork.application.port.out.WebhookSender.WebhookCall;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpWebhookSenderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Short pauses between attempts keep the test quick; the pause grows with the attempt as in production. */
    private static final RetryPolicy QUICK = new RetryPolicy(5, Duration.ofMillis(20), Duration.ofSeconds(5));

    private Receiver receiver;
    private HttpWebhookSender sender;

    @BeforeEach
    void start() throws IOException {
        receiver = new Receiver();
        sender = new HttpWebhookSender(QUICK);
    }

    @AfterEach
    void stop() {
        sender.close();
        receiver.close();
    }

    @Test
    void postsThePayloadAsJsonWithTheGivenHeaders() throws Exception {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", "j1");
        payload.put("state", "COMPLETED");
        payload.put("progress", 100.0);
        payload.put("tags", List.of("a", "b"));

        sender.send(new WebhookCall(receiver.url("/hook"), Map.of("Authorization", "Bearer t0k"), payload, "j1"));

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.requests().size() == 1);
        Receiver.Request request = receiver.requests().getFirst();
        assertThat(request.path()).isEqualTo("/hook");
        assertThat(request.header("Content-Type")).isEqualTo("application/json; charset=UTF-8");
        assertThat(request.header("Authorization")).isEqualTo("Bearer t0k");
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.path("id").asText()).isEqualTo("j1");
        assertThat(body.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(body.path("progress").asDouble()).isEqualTo(100.0);
        assertThat(body.path("tags").get(1).asText()).isEqualTo("b");
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 204})
    void anySuccessEndsTheCallAfterOneRequest(int status) {
        receiver.answering(status);

        sender.deliver(call("/ok"));

        assertThat(receiver.requests()).hasSize(1);
    }

    @Test
    void serverErrorsAreRetriedUntilSuccess() {
        receiver.answering(500, 503, 200);

        sender.deliver(call("/flaky"));

        assertThat(receiver.requests()).hasSize(3);
    }

    @Test
    void tooManyRequestsIsRetried() {
        receiver.answering(429, 200);

        sender.deliver(call("/busy"));

        assertThat(receiver.requests()).hasSize(2);
    }

    @Test
    void aDroppedConnectionIsRetried() {
        receiver.answering(0, 200);

        sender.deliver(call("/dropped"));

        assertThat(receiver.requests()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 404, 410})
    void clientErrorsAreNotRetried(int status) {
        receiver.answering(status);

        sender.deliver(call("/refused"));

        assertThat(receiver.requests()).hasSize(1);
    }

    @Test
    void retriesStopAtTheLimit() {
        receiver.answering(502);

        sender.deliver(call("/down"));

        assertThat(receiver.requests()).hasSize(QUICK.maxAttempts());
    }

    @Test
    void anUnreachableReceiverEndsTheCallWithoutThrowing() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        sender.deliver(new WebhookCall("http://127.0.0.1:" + closedPort + "/x", Map.of(), Map.of("id", "j"), "j"));

        assertThat(receiver.requests()).isEmpty();
    }

    @Test
    void callsOfOneJobArriveInTheOrderSentEvenWhenOneIsRetried() throws Exception {
        receiver.answering(503, 503, 200);

        for (int i = 1; i <= 4; i++) {
            sender.send(new WebhookCall(receiver.url("/ordered"), Map.of(), Map.of("n", i), "same-job"));
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.requests().size() == 6);
        List<Integer> order = receiver.requests().stream().map(r -> number(r.body())).toList();
        assertThat(order).containsExactly(1, 1, 1, 2, 3, 4);
    }

    @Test
    void aHeaderTheClientManagesItselfIsLeftOutAndTheCallStillMade() {
        sender.deliver(new WebhookCall(receiver.url("/h"), Map.of("Host", "evil.example", "X-Ok", "yes"),
                Map.of("id", "j"), "j"));

        assertThat(receiver.requests()).hasSize(1);
        assertThat(receiver.requests().getFirst().header("X-Ok")).isEqualTo("yes");
        assertThat(receiver.requests().getFirst().header("Host")).doesNotContain("evil.example");
    }

    @Test
    void aUrlThatIsNotHttpIsNotCalled() {
        sender.deliver(new WebhookCall("file:///etc/passwd", Map.of(), Map.of("id", "j"), "j"));
        sender.deliver(new WebhookCall("not a url", Map.of(), Map.of("id", "j"), "j"));

        assertThat(receiver.requests()).isEmpty();
    }

    private WebhookCall call(String path) {
        return new WebhookCall(receiver.url(path), Map.of(), Map.of("id", "j1"), "j1");
    }

    private static int number(String body) {
        try {
            return JSON.readTree(body).path("n").asInt();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
