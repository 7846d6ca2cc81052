package io.tork.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
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
