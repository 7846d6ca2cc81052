package io.tork.adapters.in.web;

import io.tork.adapters.in.web.middleware.Middleware;
import io.tork.application.port.in.CreateUserCommand;
import io.tork.application.user.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;

/** A server over a {@link FakeApplication} with real user accounts, the given middleware and a Prometheus scrape. */
final class SecuredServer implements AutoCloseable {
    static final String ADMIN = "root";
    static final String ADMIN_PASSWORD = "root password";
    final FakeApplication app = new FakeApplication();
    final MapUserStore store = new MapUserStore();
    final UserAccounts accounts = new UserAccounts(store, new MapUserStore.Sha256Hasher(),
            () -> UUID.randomUUID().toString().replace("-", ""), Clock.systemUTC());
    final WebServer server;
    final ApiClient api;

    SecuredServer(Middleware middleware) {
        this(new WebConfig("127.0.0.1", 0, "1.2.3"), middleware);
    }

    SecuredServer(WebConfig config, Middleware middleware) {
        accounts.create(new CreateUserCommand(ADMIN, ADMIN_PASSWORD, "Root", true));
        server = new WebServer(config, app.services(), new WebOptions(middleware,
                new UserServices(accounts, accounts),
                open -> new PrometheusScraper.Exposition(open ? "application/openmetrics-text; version=1.0.0"
                        : "text/plain; version=0.0.4", open ? "tork_up 1\n# EOF\n" : "tork_up 1\n")));
        api = new ApiClient(server.start());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.stop();
    }
}
