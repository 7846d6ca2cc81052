package io.tork.app.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Raw HTTP with an optional {@code Authorization} header, to see exactly what the API answers. */
final class SecuredApi {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    SecuredApi(String endpoint) {
        this.base = endpoint;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String bearer(String key) {
        return "Bearer " + key;
    }

    HttpResponse<String> get(String path, String authorization) {
        return send(request(path, authorization).GET());
    }

    HttpResponse<String> delete(String path, String authorization) {
        return send(request(path, authorization).DELETE());
    }

    HttpResponse<String> post(String path, String authorization, String contentType, String body) {
        return send(request(path, authorization).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) builder.header("Authorization", authorization);
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
