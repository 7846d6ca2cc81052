package io.tork.app.wiring;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/** Submits jobs to a running engine's REST API and waits for them, as a user's script would. */
final class ApiClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> END_STATES = Set.of("COMPLETED", "FAILED", "CANCELLED");
    /** A job the shell runtime runs anywhere: one task writing its result. */
    static final String HELLO_JOB = """
            name: hello distributed
            tasks:
              - name: say hello
                var: said
                run: echo -n hello > $TORK_OUTPUT
            """;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Submits a YAML job and returns it once it ended. */
    JsonNode runToEnd(String yaml) {
        return awaitEnd(submit(yaml));
    }

    /** Submits a YAML job and returns its id. */
    String submit(String yaml) {
        JsonNode submitted = send(HttpRequest.newBuilder(URI.create(base + "/jobs"))
                .header("Content-Type", "text/yaml").POST(HttpRequest.BodyPublishers.ofString(yaml)));
        String id = submitted.path("id").asText();
        if (id.isEmpty()) throw new AssertionError("job was refused: " + submitted);
        return id;
    }

    /** The job once it ended. */
    JsonNode awaitEnd(String id) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> END_STATES.contains(get("/jobs/" + id).path("state").asText()));
        return get("/jobs/" + id);
    }

    @Override
    public void close() {
        http.close();
    }

    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** An answer's status and body, for requests whose status matters. */
    record Answer(int status, JsonNode json) {
    }

    Answer post(String path, String contentType, String body) {
        return answer(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer put(String path) {
        return answer(HttpRequest.newBuilder(URI.create(base + path)).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    Answer delete(String path) {
        return answer(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    Answer status(String path) {
        return answer(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private Answer answer(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
