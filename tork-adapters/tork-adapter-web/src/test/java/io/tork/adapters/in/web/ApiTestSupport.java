package io.tork.adapters.in.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Starts a server on an ephemeral port over a fresh {@link FakeApplication} for each test, and stops it after. */
abstract class ApiTestSupport {
    protected FakeApplication app;
    protected ApiClient api;
    private WebServer server;
    private int port;

    @BeforeEach
    void startServer() {
        app = new FakeApplication();
        server = new WebServer(config(), app.services());
        port = server.start();
        api = new ApiClient(port);
    }

    protected int port() {
        return port;
    }

    protected WebServer server() {
        return server;
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    protected WebConfig config() {
        return new WebConfig("127.0.0.1", 0, "1.2.3");
    }
}
