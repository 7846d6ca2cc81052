package io.tork.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.tork.app.config.TorkConfig;

class HealthCommandTest {
    private final AtomicReference<String> requestedPath = new AtomicReference<>();
    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aHealthyCoordinatorIsUp() throws IOException {
        String endpoint = serve(200, "{\"status\":\"UP\"}");

        CliRun run = CliRun.of(cli(), "health", "--endpoint", endpoint + "/");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualToIgnoringNewLines("Status: UP");
        assertThat(requestedPath).hasValue("/health");
    }

    @Test
    void anUnhealthyCoordinatorFails() throws IOException {
        String endpoint = serve(503, "{\"status\":\"DOWN\"}");

        CliRun run = CliRun.of(cli(), "health", "--endpoint", endpoint);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualToIgnoringNewLines("Error: Health check failed. Status Code: 503");
    }

    @Test
    void anUnreachableCoordinatorFails() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = socket.getLocalPort();
        }

        CliRun run = CliRun.of(cli(), "health", "--endpoint", "http://127.0.0.1:" + freePort);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("Error: Health check failed: cannot reach http://127.0.0.1:" + freePort
                + "/health (");
    }

    @Test
    void theEndpointDefaultsToTheConfiguredOne() throws IOException {
        String endpoint = serve(200, "{}");
        TorkCli cli = new TorkCli(() -> TorkConfig.of(Map.of("endpoint", endpoint)), config -> null,
                new RecordingShutdownHooks());

        CliRun run = CliRun.of(cli, "health");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Status: UP");
    }

    @Test
    void aMalformedEndpointIsRejected() {
        CliRun run = CliRun.of(cli(), "health", "--endpoint", "localhost:8000");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Error: invalid --endpoint 'localhost:8000': expected a URL");
    }

    private TorkCli cli() {
        return new TorkCli(TorkConfig::defaults, config -> null, new RecordingShutdownHooks());
    }

    private String serve(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requestedPath.set(exchange.getRequestURI().getPath());
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
