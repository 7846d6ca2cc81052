package io.tork.app.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** Asks a coordinator's {@code GET /health}. */
final class HealthProbe {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private HealthProbe() {
    }

    /**
     * @return the HTTP status of {@code <endpoint>/health}
     * @throws CommandFailedException when the endpoint cannot be reached
     */
    static int status(URI endpoint) throws InterruptedException {
        URI health = URI.create(endpoint.toString().replaceAll("/+$", "") + "/health");
        HttpRequest request = HttpRequest.newBuilder(health).timeout(TIMEOUT).GET().build();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()) {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new CommandFailedException("Health check failed: cannot reach " + health + " (" + describe(e) + ")", e);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "no answer within " + TIMEOUT.toSeconds() + "s";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
