package io.tork.adapters.out.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tork.application.port.out.WebhookSender;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes webhook calls on virtual threads: {@code POST} with {@code Content-Type: application/json; charset=UTF-8},
 * any 2xx is success, network errors and 429/5xx are retried per the {@link RetryPolicy}, anything else ends the
 * call. Calls sharing an ordering key (a job) are chained, so a receiver sees a job's events in the order they
 * happened even when one of them needed retries. Logs name the URL only: headers often carry credentials.
 */
public final class HttpWebhookSender implements WebhookSender, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HttpWebhookSender.class);
    private final JsonMapper json = JsonMapper.builder().build();
    /** Made for the first call: building it sets up TLS, which would slow the engine's start for nothing. */
    private HttpClient http;
    private final RetryPolicy retry;
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();
    /** The last call queued per ordering key; removed once it is done and nothing was queued behind it. */
    private final Map<String, CompletableFuture<Void>> tails = new HashMap<>();

    public HttpWebhookSender() {
        this(RetryPolicy.DEFAULT);
    }

    public HttpWebhookSender(RetryPolicy retry) {
        this.retry = retry;
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(retry.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return http;
    }

    @Override
    public void send(WebhookCall call) {
        String key = call.orderingKey() == null ? "" : call.orderingKey();
        synchronized (tails) {
            if (calls.isShutdown()) {
                log.warn("webhook {} not called: shutting down", call.url());
                return;
            }
            CompletableFuture<Void> previous = tails.getOrDefault(key, CompletableFuture.completedFuture(null));
            CompletableFuture<Void> next = previous.exceptionally(error -> null).thenRunAsync(() -> deliver(call), calls);
            tails.put(key, next);
            next.whenComplete((ignored, error) -> {
                synchronized (tails) {
                    tails.remove(key, next);
                }
            });
        }
    }

    /** Makes the call, retrying as the policy allows. Never throws. */
    void deliver(WebhookCall call) {
        HttpRequest request;
        try {
            request = request(call);
        } catch (IllegalArgumentException | JsonProcessingException e) {
            log.warn("webhook {} not called: {}", call.url(), e.getMessage());
            return;
        }
        for (int attempt = 1; attempt <= retry.maxAttempts(); attempt++) {
            String failure;
            try {
                int status = http().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status >= 200 && status < 300) {
                    log.debug("webhook {} answered {}", call.url(), status);
                    return;
                }
                if (!RetryPolicy.isRetryable(status)) {
                    log.warn("webhook {} failed with non-retryable status {}", call.url(), status);
                    return;
                }
                failure = "status " + status;
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (attempt == retry.maxAttempts()) {
                log.warn("webhook {} failed after {} attempts, last with {}", call.url(), attempt, failure);
                return;
            }
            log.debug("webhook {} attempt {} failed with {}; retrying", call.url(), attempt, failure);
            if (!pause(attempt)) return;
        }
    }

    private boolean pause(int attempt) {
        try {
            Thread.sleep(retry.pauseAfter(attempt));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpRequest request(WebhookCall call) throws JsonProcessingException {
        URI uri = URI.create(call.url().trim());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("not an http(s) URL");
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(retry.timeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(call.payload())));
        call.headers().forEach((name, value) -> {
            try {
                builder.setHeader(name, value);
            } catch (IllegalArgumentException e) {
                // a header the HTTP client manages itself (Host, Content-Length…) or an invalid name
                log.warn("webhook {}: header {} left out: it can not be set", call.url(), name);
            }
        });
        return builder.build();
    }

    /** Stops taking calls and waits up to {@code seconds} for the calls under way (retries included). */
    public void close(long seconds) {
        synchronized (tails) {
            calls.shutdown();
        }
        try {
            if (!calls.awaitTermination(seconds, TimeUnit.SECONDS)) {
                log.warn("webhook calls still under way at shutdown were abandoned");
                calls.shutdownNow();
            }
        } catch (InterruptedException e) {
            calls.shutdownNow();
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (http != null) http.close();
        }
    }

    @Override
    public void close() {
        close(5);
    }
}
