package io.tork.app.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A coordinator's REST API, as the command line uses it. Every answer is JSON; every failure a {@link ClientException}. */
public final class TorkApi implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String base;
    private final Credentials credentials;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public TorkApi(URI endpoint, Credentials credentials) {
        this.base = endpoint.toString().replaceAll("/+$", "");
        this.credentials = credentials;
    }

    public String endpoint() {
        return base;
    }

    /** Submits a job document; {@code contentType} is {@code text/yaml} or {@code application/json}. */
    public Answer submitJob(byte[] document, String contentType) {
        return send(request("/jobs").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(document)));
    }

    public Answer job(String id) {
        return get("/jobs/" + segment(id));
    }

    public Answer task(String id) {
        return get("/tasks/" + segment(id));
    }

    public Answer jobs(int page, int size, String query) {
        String q = query == null || query.isBlank() ? "" : "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        return get("/jobs?page=" + page + "&size=" + size + q);
    }

    public Answer cancel(String jobId) {
        return send(request("/jobs/" + segment(jobId) + "/cancel").PUT(HttpRequest.BodyPublishers.noBody()));
    }

    public Answer restart(String jobId) {
        return send(request("/jobs/" + segment(jobId) + "/restart").PUT(HttpRequest.BodyPublishers.noBody()));
    }

    /** One page of log parts, newest first. */
    public Answer log(LogSource source, String id, int page, int size) {
        String owner = source == LogSource.JOB ? "/jobs/" : "/tasks/";
        return get(owner + segment(id) + "/log?page=" + page + "&size=" + size);
    }

    public enum LogSource { JOB, TASK }

    /** An answer of the API: its JSON and the body exactly as sent, for {@code --json}. */
    public record Answer(JsonNode json, String body) {
    }

    private Answer get(String path) {
        return send(request(path).GET());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        credentials.header().ifPresent(value -> builder.header("Authorization", value));
        return builder;
    }

    private Answer send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ClientException("cannot reach the Tork API at " + base + " (" + describe(e)
                    + "): is the engine running? (--endpoint or the 'endpoint' setting name it)", 0, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClientException("interrupted while waiting for " + base, 0, e);
        }
        JsonNode json = parse(response.body());
        int status = response.statusCode();
        if (status >= 200 && status < 300) return new Answer(json, response.body());
        throw new ClientException(refusal(status, json), status);
    }

    private static String refusal(int status, JsonNode json) {
        String message = json != null && json.hasNonNull("message") ? json.get("message").asText() : "HTTP " + status;
        StringBuilder text = new StringBuilder(message);
        if (json != null && json.path("errors").isArray()) {
            for (JsonNode error : json.get("errors")) {
                String field = error.path("field").asText("");
                String detail = field.isEmpty() ? error.path("message").asText() : field + ": " + error.path("message").asText();
                if (!message.contains(detail)) text.append("\n  ").append(detail);
            }
        }
        if (status == 401) {
            text.append(" (the API needs credentials: set client.key, or client.username and client.password,"
                    + " e.g. TORK_CLIENT_KEY)");
        }
        return text.toString();
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) return null;
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String describe(IOException e) {
        if (e instanceof HttpTimeoutException) return "no answer within " + TIMEOUT.toSeconds() + "s";
        if (e instanceof ConnectException) return "connection refused";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public void close() {
        http.close();
    }
}
