package io.tork.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rate limit and the body limit of a real standalone engine. */
class WebLimitsEndToEndTest {

    @Test
    void aClientOverTheRateLimitIsToldToComeBackLater() throws Exception {
        try (ShellEngine engine = ShellEngine.start(Map.of("middleware.web.ratelimit.enabled", "true",
                "middleware.web.ratelimit.rps", "5"))) {
            SecuredApi api = new SecuredApi("http://localhost:" + engine.port());
            List<Integer> statuses = new ArrayList<>();
            HttpResponse<String> refused = null;
            for (int i = 0; i < 50 && refused == null; i++) {
                HttpResponse<String> r = api.get("/jobs", null);
                statuses.add(r.statusCode());
                if (r.statusCode() == 429) refused = r;
            }

            assertThat(refused).as("answers: %s", statuses).isNotNull();
            assertThat(statuses.subList(0, 5)).containsOnly(200);
            assertThat(refused.body()).contains("\"message\":\"rate limit exceeded\"");
            assertThat(refused.headers().firstValue("Retry-After").map(Integer::parseInt)).hasValueSatisfying(
                    seconds -> assertThat(seconds).isPositive());
        }
    }

    @Test
    void anOversizedBodyIsRefusedOnEveryRoute() throws Exception {
        try (ShellEngine engine = ShellEngine.start(Map.of("middleware.web.bodylimit", "1K"))) {
            SecuredApi api = new SecuredApi("http://localhost:" + engine.port());
            String big = "name: big\n# " + "x".repeat(2048) + "\ntasks: []\n";

            HttpResponse<String> job = api.post("/jobs", null, "text/yaml", big);
            HttpResponse<String> user = api.post("/users", null, "application/json",
                    "{\"username\":\"ada\",\"password\":\"" + "x".repeat(2048) + "\"}");

            assertThat(job.statusCode()).isEqualTo(413);
            assertThat(job.body()).contains("request body is larger than the 1 KiB limit");
            assertThat(user.statusCode()).isEqualTo(413);
        }
    }
}
