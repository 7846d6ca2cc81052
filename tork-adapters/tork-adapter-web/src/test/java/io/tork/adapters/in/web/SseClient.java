package io.tork.adapters.in.web;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Reads a server-sent-events stream on a thread of its own, collecting the events and comments it receives. */
final class SseClient implements AutoCloseable {
    record Event(String type, String data) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final List<String> raw = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile InputStream body;
    private volatile boolean ended;
    private volatile int status;
    private volatile String contentType = "";

    SseClient(int port, String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .header("Accept", "text/event-stream").build();
        reader = Thread.ofVirtual().start(() -> read(request));
        await().atMost(Duration.ofSeconds(10)).until(() -> status != 0 || ended);
    }

    private void read(HttpRequest request) {
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            body = response.body();
            contentType = response.headers().firstValue("Content-Type").orElse("");
            status = response.statusCode();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String type = "message";
                List<String> data = new ArrayList<>();
                String line;
                while ((line = lines.readLine()) != null) {
                    raw.add(line);
                    if (line.isEmpty()) {
                        if (!data.isEmpty()) events.add(new Event(type, String.join("\n", data)));
                        type = "message";
                        data.clear();
                    } else if (line.startsWith("event: ")) {
                        type = line.substring(7);
                    } else if (line.startsWith("data: ")) {
                        data.add(line.substring(6));
                    }
                }
            }
        } catch (IOException | InterruptedException e) {
            // closed by the test or by the server
        } finally {
            ended = true;
        }
    }

    int status() {
        return status;
    }

    String contentType() {
        return contentType;
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    List<Event> events(String type) {
        return events.stream().filter(e -> e.type().equals(type)).toList();
    }

    /** Everything the server wrote, line by line. */
    String text() {
        return String.join("\n", raw);
    }

    boolean ended() {
        return ended;
    }

    void awaitEvent(String type, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> events(type).size() >= count);
    }

    @Override
    public void close() {
        try {
            InputStream in = body;
            if (in != null) in.close();
        } catch (IOException e) {
            // already gone
        }
        reader.interrupt();
        http.shutdownNow();
    }
}
