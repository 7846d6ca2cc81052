package io.tork.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/** The engine's REST API as a user's client sees it. */
final class EngineApi implements AutoCloseable {
    static final Set<String> END_STATES = Set.of("COMPLETED", "FAILED", "CANCELLED");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final int port;

    EngineApi(int port) {
        this.base = "http://localhost:" + port;
        this.port = port;
    }

    /** A client of its own for one submitting thread, on one keep-alive connection ({@link KeepAliveConnection}). */
    Submitter submitter() {
        return new Submitter(new KeepAliveConnection(port));
    }

    /** Submits jobs over its own connection; not for use by several threads at once. */
    static final class Submitter implements AutoCloseable {
        private final KeepAliveConnection connection;

        private Submitter(KeepAliveConnection connection) {
            this.connection = connection;
        }

        /** Submits a JSON job document; returns the job's id. */
        String submit(String jobJson) {
            try {
                KeepAliveConnection.Response response = connection.postJson("/jobs", jobJson);
                if (response.status() != 200) {
                    throw new IllegalStateException("the engine answered " + response.status() + ": " + response.body());
                }
                return JSON.readTree(response.body()).path("id").asText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            connection.close();
        }
    }

    /** Submits a JSON job document; returns the job's id. */
    String submit(String jobJson) {
        JsonNode answer = send(HttpRequest.newBuilder(URI.create(base + "/jobs"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(jobJson)), 200);
        return answer.path("id").asText();
    }

    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), 200);
    }

    /** How many jobs are in {@code state} (the API's search finds jobs by their state's name). */
    long countJobs(String state) {
        return get("/jobs?size=1&q=" + state.toLowerCase(java.util.Locale.ROOT)).path("totalItems").asLong();
    }

    /** Waits for the job to end and returns its final state. */
    String awaitEnd(String jobId, Duration patience, Duration poll) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            String state = get("/jobs/" + jobId).path("state").asText();
            if (END_STATES.contains(state)) return state;
            if (System.nanoTime() > deadline) throw new IllegalStateException("job " + jobId + " still " + state);
            Thread.sleep(poll);
        }
    }

    boolean healthy() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/health"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private JsonNode send(HttpRequest.Builder request, int expectedStatus) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException("the engine answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
