package io.tork.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.tork.app.config.TorkConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client commands' exit statuses and messages when things go wrong, against a scripted HTTP server. */
class ClientCommandsTest {
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) server.stop(0);
    }

    private String serve(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static TorkCli cli(Map<String, String> config) {
        return new TorkCli(() -> TorkConfig.of(config), settings -> null, new RecordingShutdownHooks());
    }

    @Test
    void anUnreachableApiExitsWithTwo() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = socket.getLocalPort();
        }

        CliRun run = CliRun.of(cli(Map.of()), "jobs", "--endpoint", "http://127.0.0.1:" + freePort);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Error: cannot reach the Tork API at http://127.0.0.1:" + freePort
                + " (connection refused)");
    }

    @Test
    void usageErrorsOfClientCommandsExitWithTwo() {
        CliRun missing = CliRun.of(cli(Map.of()), "submit");
        CliRun badEndpoint = CliRun.of(cli(Map.of()), "jobs", "--endpoint", "localhost:8000");
        CliRun missingFile = CliRun.of(cli(Map.of()), "submit", "/no/such/job.yaml");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required parameter: 'FILE'");
        assertThat(badEndpoint.exitCode()).isEqualTo(2);
        assertThat(badEndpoint.err()).contains("invalid --endpoint 'localhost:8000'");
        assertThat(missingFile.exitCode()).isEqualTo(2);
        assertThat(missingFile.err()).isEqualToIgnoringNewLines("Error: cannot read /no/such/job.yaml: no such file");
    }

    @Test
    void engineCommandsKeepExitingWithOne() {
        assertThat(CliRun.of(cli(Map.of()), "run", "nonsense").exitCode()).isEqualTo(1);
    }

    @Test
    void aRefusalShowsTheApisMessageAndEveryProblem() throws IOException {
        String endpoint = serve(400, "{\"message\":\"the document has 2 problems\",\"errors\":["
                + "{\"field\":\"tasks[0].name\",\"message\":\"is required\"},"
                + "{\"field\":\"tasks[0].image\",\"message\":\"is required\"}]}");

        CliRun run = CliRun.of(cli(Map.of("endpoint", endpoint)), "cancel", "abc");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Error: the document has 2 problems", "tasks[0].name: is required",
                "tasks[0].image: is required");
    }

    @Test
    void theConfiguredKeyIsSentAsBearer() throws IOException {
        String endpoint = serve(200, "{\"status\":\"OK\"}");

        CliRun run = CliRun.of(cli(Map.of("endpoint", endpoint, "client.key", "a-key-of-the-client")), "restart", "abc");

        assertThat(run.exitCode()).isZero();
        assertThat(authorization).hasValue("Bearer a-key-of-the-client");
    }

    @Test
    void aUserAndPasswordAreSentAsBasic() throws IOException {
        String endpoint = serve(200, "{\"status\":\"OK\"}");

        CliRun.of(cli(Map.of("endpoint", endpoint, "client.username", "ada", "client.password", "pass word")),
                "cancel", "abc");

        assertThat(authorization).hasValue("Basic YWRhOnBhc3Mgd29yZA==");
    }
}
