package io.tork.app.e2e;

import static io.tork.app.e2e.SecuredApi.basic;
import static io.tork.app.e2e.SecuredApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real standalone engine with key and basic authentication on, an administrator from the configuration, and
 * the command line talking to it.
 */
class AuthenticationEndToEndTest {
    private static final String KEY = "e2e-key-0123456789abcdef";
    private static final String ROOT = basic("root", "root password");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ShellEngine engine;
    private static SecuredApi api;
    private static String endpoint;

    @BeforeAll
    static void start() throws Exception {
        engine = ShellEngine.start(Map.of(
                "middleware.web.keyauth.enabled", "true",
                "middleware.web.keyauth.key", KEY,
                "middleware.web.basicauth.enabled", "true",
                "middleware.web.basicauth.admin.username", "root",
                "middleware.web.basicauth.admin.password", "root password"));
        endpoint = "http://localhost:" + engine.port();
        api = new SecuredApi(endpoint);
    }

    @AfterAll
    static void stop() {
        if (engine != null) engine.close();
    }

    @Test
    void keyAuthRejectsARequestWithoutTheKey() throws IOException {
        HttpResponse<String> missing = api.get("/jobs", null);
        HttpResponse<String> wrong = api.get("/jobs", bearer(KEY + "-not"));

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(missing.body()).path("message").asText()).isEqualTo("authentication required");
        assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValue(
                "Basic realm=\"tork\", charset=\"UTF-8\", Bearer realm=\"tork\"");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(api.get("/jobs", bearer(KEY)).statusCode()).isEqualTo(200);
    }

    @Test
    void healthStaysReachableWithoutCredentials() {
        HttpResponse<String> health = api.get("/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void usersAreCreatedByTheAdministratorAndRevokedAtOnce() throws IOException {
        assertThat(api.get("/jobs", basic("root", "wrong password")).statusCode()).isEqualTo(401);

        HttpResponse<String> created = api.post("/users", ROOT, "application/json",
                "{\"username\":\"ada\",\"password\":\"ada's password\",\"name\":\"Ada\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(created.body()).doesNotContain("ada's password").doesNotContain("$2a$");
        String ada = basic("ada", "ada's password");
        assertThat(api.get("/jobs", ada).statusCode()).isEqualTo(200);
        assertThat(api.post("/users", ada, "application/json",
                "{\"username\":\"eve\",\"password\":\"eve's password\"}").statusCode()).isEqualTo(403);

        HttpResponse<String> revoked = api.delete("/users/ada", ROOT);

        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(api.get("/jobs", ada).statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(api.get("/users", bearer(KEY)).body()).findValuesAsText("username"))
                .contains("root", "ada");
    }

    @Test
    void theCommandLineSendsTheConfiguredCredentials() {
        Cli.Run withKey = Cli.run(Map.of("endpoint", endpoint, "client.key", KEY), "jobs");
        Cli.Run withPassword = Cli.run(Map.of("endpoint", endpoint, "client.username", "root",
                "client.password", "root password"), "jobs", "--json");
        Cli.Run without = Cli.run(Map.of("endpoint", endpoint), "jobs");

        assertThat(withKey.exitCode()).as(withKey.err()).isZero();
        assertThat(withKey.out()).startsWith("ID");
        assertThat(withPassword.exitCode()).isZero();
        assertThat(without.exitCode()).isEqualTo(2);
        assertThat(without.err()).startsWith("Error: authentication required").contains("client.key");
    }
}
