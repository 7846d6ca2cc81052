package io.tork.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebConfigBindingTest {
    private static final String KEY = "k3y-of-at-least-16-characters";

    @Test
    void middlewareIsOffByDefaultExceptTheRequestLog() {
        TorkConfig config = TorkConfig.defaults();

        assertThat(config.web().cors()).isEqualTo(new CorsConfig(false, List.of("*"), List.of("*"), List.of("*"), false));
        assertThat(config.web().auth().enabled()).isFalse();
        assertThat(config.web().rateLimit()).isEqualTo(new RateLimitConfig(false, 20));
        assertThat(config.web().requestLog()).isEqualTo(new RequestLogConfig(true, LogLevel.DEBUG,
                List.of("GET /health")));
        assertThat(config.client()).isEqualTo(ClientConfig.NONE);
    }

    @Test
    void readsEveryMiddlewareKeyAsTheReferenceNamesIt() {
        TorkConfig config = TorkConfig.of(Map.ofEntries(
                Map.entry("middleware.web.cors.enabled", "true"),
                Map.entry("middleware.web.cors.origins", "https://a.example,https://b.example"),
                Map.entry("middleware.web.cors.methods", List.of("GET", "POST")),
                Map.entry("middleware.web.cors.headers", "Authorization"),
                Map.entry("middleware.web.cors.credentials", true),
                Map.entry("middleware.web.basicauth.enabled", "true"),
                Map.entry("middleware.web.basicauth.admin.username", "root"),
                Map.entry("middleware.web.basicauth.admin.password", "root password"),
                Map.entry("middleware.web.keyauth.enabled", "true"),
                Map.entry("middleware.web.keyauth.key", KEY),
                Map.entry("middleware.web.ratelimit.enabled", "true"),
                Map.entry("middleware.web.ratelimit.rps", "5"),
                Map.entry("middleware.web.logger.enabled", "false"),
                Map.entry("middleware.web.logger.level", "info"),
                Map.entry("middleware.web.logger.skip", "GET /health,GET /metrics*"),
                Map.entry("client.username", "ada"),
                Map.entry("client.password", "ada password"),
                Map.entry("client.key", KEY)));

        WebConfig web = config.web();
        assertThat(web.cors()).isEqualTo(new CorsConfig(true, List.of("https://a.example", "https://b.example"),
                List.of("GET", "POST"), List.of("Authorization"), true));
        assertThat(web.auth().basic()).isTrue();
        assertThat(web.auth().adminUsername()).contains("root");
        assertThat(web.auth().adminPassword()).contains("root password");
        assertThat(web.auth().key()).contains(KEY);
        assertThat(web.rateLimit()).isEqualTo(new RateLimitConfig(true, 5));
        assertThat(web.requestLog()).isEqualTo(new RequestLogConfig(false, LogLevel.INFO,
                List.of("GET /health", "GET /metrics*")));
        assertThat(config.client().username()).contains("ada");
        assertThat(config.client().password()).contains("ada password");
        assertThat(config.client().key()).contains(KEY);
    }

    @Test
    void aKeyIsIgnoredWhileKeyAuthIsOff() {
        assertThat(TorkConfig.of(Map.of("middleware.web.keyauth.key", KEY)).web().auth().key()).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnceWithoutRepeatingSecrets() {
        assertThatThrownBy(() -> TorkConfig.of(Map.of(
                "middleware.web.keyauth.enabled", "true",
                "middleware.web.keyauth.key", "short-secret",
                "middleware.web.basicauth.admin.username", "root",
                "middleware.web.ratelimit.rps", "0",
                "middleware.web.logger.level", "loud",
                "middleware.web.cors.enabled", "maybe")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "invalid middleware.web.cors.enabled 'maybe': expected true or false",
                        "invalid middleware.web.ratelimit.rps '0': expected a whole number of at least 1",
                        "unknown middleware.web.logger.level 'loud': allowed values are trace, debug, info, warn, error",
                        "invalid middleware.web.basicauth.admin.password '(not set)': set both "
                                + "middleware.web.basicauth.admin.username and .password, or neither",
                        "invalid middleware.web.keyauth.key '(hidden)': too short: use at least 16 characters"))
                .hasMessageNotContaining("short-secret");
    }

    @Test
    void keyAuthWithoutAKeyIsRefused() {
        assertThatThrownBy(() -> TorkConfig.of(Map.of("middleware.web.keyauth.enabled", "true")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("middleware.web.keyauth.key")
                .hasMessageContaining("key authentication is enabled");
    }

    @Test
    void settingsNeverPrintSecrets() {
        TorkConfig config = TorkConfig.of(Map.of("middleware.web.keyauth.enabled", "true",
                "middleware.web.keyauth.key", KEY, "middleware.web.basicauth.admin.username", "root",
                "middleware.web.basicauth.admin.password", "root password", "client.key", KEY,
                "client.password", "ada password"));

        assertThat(config.toString()).doesNotContain(KEY).doesNotContain("root password").doesNotContain("ada password");
    }
}
