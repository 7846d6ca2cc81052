package io.tork.adapters.in.web.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoutePatternsTest {
    @Test
    void wildcardsMatchAnyRunOfCharacters() {
        RoutePatterns patterns = new RoutePatterns(List.of("GET /health", "* /metrics*", "GET /jobs/*/log"));

        assertThat(patterns.matches("GET", "/health")).isTrue();
        assertThat(patterns.matches("POST", "/health")).isFalse();
        assertThat(patterns.matches("GET", "/healthz")).isFalse();
        assertThat(patterns.matches("GET", "/metrics/prometheus")).isTrue();
        assertThat(patterns.matches("GET", "/jobs/abc/log")).isTrue();
        assertThat(patterns.matches("GET", "/jobs/abc")).isFalse();
    }

    @Test
    void regexCharactersAreLiteral() {
        RoutePatterns patterns = new RoutePatterns(List.of("GET /a.b"));

        assertThat(patterns.matches("GET", "/a.b")).isTrue();
        assertThat(patterns.matches("GET", "/axb")).isFalse();
    }
}
