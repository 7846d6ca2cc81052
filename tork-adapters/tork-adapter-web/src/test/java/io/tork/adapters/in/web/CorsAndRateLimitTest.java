package io.tork.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tork.adapters.in.web.middleware.AuthSettings;
import io.tork.adapters.in.web.middleware.CorsSettings;
import io.tork.adapters.in.web.middleware.Middleware;
import io.tork.adapters.in.web.middleware.RateLimitSettings;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CorsAndRateLimitTest {
    private static final String UI = "https://ui.example.com";
    private SecuredServer secured;

    @AfterEach
    void stop() {
        if (secured != null) secured.close();
    }

    private ApiClient start(Middleware middleware) {
        secured = new SecuredServer(middleware);
        return secured.api;
    }

    private static Middleware cors(List<String> origins, boolean credentials) {
        return Middleware.DEFAULTS.withCors(new CorsSettings(true, origins, List.of("*"), List.of("*"), credentials))
                .withAuth(new AuthSettings(false, Optional.of("the-key")));
    }

    @Test
    void aPreflightIsAnsweredWithoutCredentials() {
        ApiClient api = start(cors(List.of(UI), false));

        var r = api.send(api.request("/jobs").method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", UI).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type"));

        assertThat(r.status()).isEqualTo(204);
        assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo(UI);
        assertThat(r.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(r.header("Access-Control-Allow-Headers")).isEqualTo("authorization, content-type");
    }

    @Test
    void aRequestFromAnAllowedOriginMayBeReadByTheBrowser() {
        ApiClient api = start(cors(List.of(UI), true));

        var r = api.get("/jobs", "Origin", UI, "Authorization", "Bearer the-key");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo(UI);
        assertThat(r.header("Access-Control-Allow-Credentials")).isEqualTo("true");
    }

    @Test
    void anotherOriginGetsNoCorsHeadersAndItsPreflightIsRefused() {
        ApiClient api = start(cors(List.of(UI), false));

        var simple = api.get("/health", "Origin", "https://evil.example.com");
        var preflight = api.send(api.request("/jobs")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "GET"));

        assertThat(simple.status()).isEqualTo(200);
        assertThat(simple.header("Access-Control-Allow-Origin")).isNull();
        assertThat(preflight.status()).isEqualTo(403);
    }

    @Test
    void anyOriginIsAllowedWithAStar() {
        ApiClient api = start(cors(List.of("*"), false));

        assertThat(api.get("/health", "Origin", "https://anywhere.example").header("Access-Control-Allow-Origin"))
                .isEqualTo("*");
    }

    @Test
    void withoutCorsNoHeadersAreAdded() {
        ApiClient api = start(Middleware.DEFAULTS);

        assertThat(api.get("/health", "Origin", UI).header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void aClientOverItsRateIsToldWhenToComeBack() {
        ApiClient api = start(Middleware.DEFAULTS.withRateLimit(new RateLimitSettings(true, 3)));

        List<Integer> statuses = new java.util.ArrayList<>();
        ApiClient.Response refused = null;
        for (int i = 0; i < 10 && refused == null; i++) {
            var r = api.get("/jobs");
            statuses.add(r.status());
            if (r.status() == 429) refused = r;
        }

        assertThat(refused).as("statuses %s", statuses).isNotNull();
        assertThat(statuses.subList(0, 3)).containsOnly(200);
        assertThat(refused.message()).isEqualTo("rate limit exceeded");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
    }
}
