package io.tork.app.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/** Keeps everything {@code GET /events} sends while it is open, as any other client of the stream would see it. */
public final class EventRecorder implements AutoCloseable {
    private final HttpClient http = HttpClient.newHttpClient();
    private final StringBuffer text = new StringBuffer();
    private final AtomicBoolean ready = new AtomicBoolean();
    private final Thread reader;
    private volatile InputStream body;

    public EventRecorder(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/events")).build();
        reader = Thread.ofVirtual().start(() -> {
            try {
                body = http.send(request, HttpResponse.BodyHandlers.ofInputStream()).body();
                byte[] buffer = new byte[8192];
                int n;
                while ((n = body.read(buffer)) >= 0) {
                    text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    if (text.indexOf("event: ready") >= 0) ready.set(true);
                }
            } catch (IOException | InterruptedException e) {
                // closed
            }
        });
    }

    public boolean isReady() {
        return ready.get();
    }

    public String text() {
        return text.toString();
    }

    @Override
    public void close() {
        try {
            if (body != null) body.close();
        } catch (IOException e) {
            // already closed
        }
        reader.interrupt();
        http.shutdownNow();
    }
}
