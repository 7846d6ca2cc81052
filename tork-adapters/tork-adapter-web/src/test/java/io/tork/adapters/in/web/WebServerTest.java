package io.tork.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebServerTest {

    @Test
    void startsOnAnEphemeralPortAndStopsListening() {
        WebServer server = new WebServer(new WebConfig("127.0.0.1", 0, "v"), new FakeApplication().services());
        int port = server.start();
        try {
            assertThat(port).isPositive();
            assertThat(new ApiClient(port).get("/health").status()).isEqualTo(200);
        } finally {
            server.stop();
        }

        assertThatThrownBy(() -> new ApiClient(port).get("/health"))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);
    }

    @Test
    void aStoppedServerLeavesNoThreadBehindThatHoldsIt() {
        FakeApplication application = new FakeApplication();
        WebServer server = new WebServer(new WebConfig("127.0.0.1", 0, "v"), application.services());
        server.start();
        server.stop();
        // what the routes serve: in the engine, its stores with every job and task
        WeakReference<FakeApplication> served = new WeakReference<>(application);
        application = null;
        server = null;

        // Javalin's start-up watcher held every server (and so what it serves) for 5 s after its creation
        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100)).until(() -> {
            System.gc();
            return served.get() == null;
        });
    }

    @Test
    void aSmallerBodyLimitIsEnforcedAndNamed() {
        WebServer server = new WebServer(new WebConfig("127.0.0.1", 0, 1024, "v"), new FakeApplication().services());
        int port = server.start();
        try {
            var r = new ApiClient(port).post("/jobs", "text/yaml", "name: " + "x".repeat(2000));

            assertThat(r.status()).isEqualTo(413);
            assertThat(r.message()).isEqualTo("request body is larger than the 1 KiB limit");
        } finally {
            server.stop();
        }
    }

    @Test
    void refusesImpossibleSettings() {
        assertThatThrownBy(() -> new WebConfig("localhost", 70000, "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebConfig("localhost", 0, 0, "v")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new WebConfig("localhost", 8000, null).bodyLimitBytes()).isEqualTo(500 * 1024);
    }
}
