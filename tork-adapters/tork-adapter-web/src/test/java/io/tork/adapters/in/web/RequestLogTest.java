package io.tork.adapters.in.web;

import static io.tork.adapters.in.web.SecuredServer.ADMIN;
import static io.tork.adapters.in.web.SecuredServer.ADMIN_PASSWORD;
import static io.tork.adapters.in.web.SecuredServer.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.tork.adapters.in.web.middleware.AuthSettings;
import io.tork.adapters.in.web.middleware.Middleware;
import io.tork.adapters.in.web.middleware.RequestLogSettings;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RequestLogTest {
    private final Logger requests = (Logger) LoggerFactory.getLogger("io.tork.web.requests");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private SecuredServer secured;

    @BeforeEach
    void capture() {
        appender.start();
        requests.addAppender(appender);
    }

    @AfterEach
    void release() {
        requests.detachAppender(appender);
        if (secured != null) secured.close();
    }

    private ApiClient start(RequestLogSettings log) {
        secured = new SecuredServer(Middleware.DEFAULTS.withRequestLog(log)
                .withAuth(new AuthSettings(true, Optional.empty())));
        return secured.api;
    }

    private List<String> lines() {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void eachRequestIsOneLineWithTheUserButNeverTheCredentialsOrTheQuery() {
        ApiClient api = start(new RequestLogSettings(true, org.slf4j.event.Level.INFO, List.of("GET /health")));

        api.get("/jobs?q=private-search-words", "Authorization", basic(ADMIN, ADMIN_PASSWORD));
        api.get("/jobs", "Authorization", basic(ADMIN, "a wrong password"));
        api.get("/health");

        await().atMost(Duration.ofSeconds(5)).until(() -> lines().size() >= 2);
        assertThat(lines()).anySatisfy(line -> assertThat(line).startsWith("GET /jobs -> 200").endsWith(" user root"));
        assertThat(lines()).anySatisfy(line -> assertThat(line).startsWith("GET /jobs -> 401"));
        assertThat(lines()).noneMatch(line -> line.contains("/health"));
        assertThat(String.join("\n", lines())).doesNotContain(ADMIN_PASSWORD, "a wrong password", "Basic ",
                "private-search-words");
        assertThat(appender.list).allMatch(event -> event.getLevel() == Level.INFO);
    }

    @Test
    void skipPatternsTakeWildcards() {
        ApiClient api = start(new RequestLogSettings(true, org.slf4j.event.Level.INFO, List.of("* /jobs*")));

        api.get("/jobs");
        api.get("/nodes");

        await().atMost(Duration.ofSeconds(5)).until(() -> !lines().isEmpty());
        assertThat(lines()).singleElement().satisfies(line -> assertThat(line).startsWith("GET /nodes -> 401"));
    }
}
