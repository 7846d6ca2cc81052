package io.tork.app.wiring;

import io.tork.adapters.in.web.PrometheusScraper;
import io.tork.adapters.in.web.UserServices;
import io.tork.adapters.in.web.WebOptions;
import io.tork.adapters.in.web.middleware.AuthSettings;
import io.tork.adapters.in.web.middleware.CorsSettings;
import io.tork.adapters.in.web.middleware.Middleware;
import io.tork.adapters.in.web.middleware.RateLimitSettings;
import io.tork.adapters.in.web.middleware.RequestLogSettings;
import io.tork.adapters.out.metrics.EngineMetrics;
import io.tork.adapters.out.metrics.ExpositionFormat;
import io.tork.adapters.out.metrics.Scrape;
import io.tork.adapters.out.password.BcryptPasswordHasher;
import io.tork.app.cli.CommandFailedException;
import io.tork.app.config.AuthConfig;
import io.tork.app.config.WebConfig;
import io.tork.application.port.in.InvalidRequestException;
import io.tork.application.port.out.IdGenerator;
import io.tork.application.port.out.UserStore;
import io.tork.application.user.UserAccounts;
import java.time.Clock;
import org.slf4j.event.Level;

/** Who may use the REST API and what wraps it: users, authentication, CORS, rate limit, request log, metrics. */
final class ApiAccess {
    private ApiAccess() {
    }

    /**
     * The users of basic authentication, with the configured administrator created or brought in line.
     *
     * @throws CommandFailedException when the configured administrator's name or password is unusable
     */
    static UserAccounts users(AuthConfig auth, UserStore store, IdGenerator ids, Clock clock) {
        UserAccounts accounts = new UserAccounts(store, new BcryptPasswordHasher(), ids, clock);
        if (auth.adminUsername().isPresent() && auth.adminPassword().isPresent()) {
            try {
                accounts.ensureAdmin(auth.adminUsername().get(), auth.adminPassword().get());
            } catch (InvalidRequestException e) {
                throw new CommandFailedException("invalid middleware.web.basicauth.admin: " + e.getMessage(), e);
            }
        }
        return accounts;
    }

    static WebOptions options(WebConfig web, UserAccounts users, EngineMetrics metrics) {
        return new WebOptions(middleware(web), new UserServices(users, users), prometheus(metrics));
    }

    private static Middleware middleware(WebConfig web) {
        var cors = web.cors();
        var log = web.requestLog();
        return new Middleware(
                new CorsSettings(cors.enabled(), cors.origins(), cors.methods(), cors.headers(), cors.credentials()),
                new AuthSettings(web.auth().basic(), web.auth().key()),
                new RateLimitSettings(web.rateLimit().enabled(), web.rateLimit().rps()),
                new RequestLogSettings(log.enabled(), Level.valueOf(log.level().name()), log.skip()));
    }

    private static PrometheusScraper prometheus(EngineMetrics metrics) {
        return openMetrics -> {
            Scrape scrape = metrics.scrape(openMetrics ? ExpositionFormat.OPENMETRICS : ExpositionFormat.PROMETHEUS_TEXT);
            return new PrometheusScraper.Exposition(scrape.contentType(), scrape.body());
        };
    }
}
