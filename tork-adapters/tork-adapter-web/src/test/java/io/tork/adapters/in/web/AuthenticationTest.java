package io.tork.adapters.in.web;

import static io.tork.adapters.in.web.SecuredServer.ADMIN;
import static io.tork.adapters.in.web.SecuredServer.ADMIN_PASSWORD;
import static io.tork.adapters.in.web.SecuredServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.adapters.in.web.middleware.AuthSettings;
import io.tork.adapters.in.web.middleware.Middleware;
import io.tork.application.port.in.CreateUserCommand;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AuthenticationTest {
    private static final String KEY = "0123456789abcdef-the-api-key";
    private SecuredServer secured;

    @AfterEach
    void stop() {
        if (secured != null) secured.close();
    }

    private ApiClient start(AuthSettings auth) {
        secured = new SecuredServer(Middleware.DEFAULTS.withAuth(auth));
        return secured.api;
    }

    @Nested
    class KeyAuth {
        @Test
        void aRequestWithoutTheKeyIsRefusedWithAChallenge() {
            var r = start(new AuthSettings(false, Optional.of(KEY))).get("/jobs");

            assertThat(r.status()).isEqualTo(401);
            assertThat(r.contentType()).startsWith("application/json");
            assertThat(r.message()).isEqualTo("authentication required");
            assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"tork\"");
        }

        @Test
        void aWrongKeyIsRefused() {
            ApiClient api = start(new AuthSettings(false, Optional.of(KEY)));

            for (String wrong : new String[] {"Bearer wrong", "Bearer " + KEY + "x", "Bearer ", "Bearer",
                    "Token " + KEY, basic("root", KEY)}) {
                var r = api.get("/jobs", "Authorization", wrong);
                assertThat(r.status()).as(wrong).isEqualTo(401);
                assertThat(r.message()).as(wrong).isIn("Unauthorized", "authentication required");
            }
        }

        @Test
        void theKeyOpensTheApiAndUserManagement() {
            ApiClient api = start(new AuthSettings(false, Optional.of(KEY)));

            assertThat(api.get("/jobs", "Authorization", "Bearer " + KEY).status()).isEqualTo(200);
            assertThat(api.get("/users", "Authorization", "bearer " + KEY).status()).isEqualTo(200);
        }

        @Test
        void healthNeedsNoKey() {
            var r = start(new AuthSettings(false, Optional.of(KEY))).get("/health");

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().path("status").asText()).isEqualTo("UP");
        }

        @Test
        void onlyHealthIsExempt() {
            ApiClient api = start(new AuthSettings(false, Optional.of(KEY)));

            for (String path : new String[] {"/metrics", "/nodes", "/queues", "/openapi.json", "/health/x",
                    "/no-such-route"}) {
                assertThat(api.get(path).status()).as(path).isEqualTo(401);
            }
        }
    }

    @Nested
    class BasicAuth {
        @Test
        void aUserWithItsPasswordGetsIn() {
            ApiClient api = start(new AuthSettings(true, Optional.empty()));

            assertThat(api.get("/jobs", "Authorization", basic(ADMIN, ADMIN_PASSWORD)).status()).isEqualTo(200);
        }

        @Test
        void aWrongPasswordAnUnknownUserAndGarbageAreRefusedAlike() {
            ApiClient api = start(new AuthSettings(true, Optional.empty()));

            for (String wrong : new String[] {basic(ADMIN, "wrong password"), basic("nobody", ADMIN_PASSWORD),
                    basic(ADMIN, ""), "Basic !!!not-base64!!!", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString("no-colon".getBytes()), "Bearer " + ADMIN_PASSWORD}) {
                var r = api.get("/jobs", "Authorization", wrong);
                assertThat(r.status()).as(wrong).isEqualTo(401);
                assertThat(r.message()).as(wrong).isEqualTo("Unauthorized");
                assertThat(r.header("WWW-Authenticate")).isEqualTo("Basic realm=\"tork\", charset=\"UTF-8\"");
            }
        }

        @Test
        void aRevokedUserIsRefusedAtOnce() {
            ApiClient api = start(new AuthSettings(true, Optional.empty()));
            secured.accounts.create(new CreateUserCommand("ada", "ada password", null, false));
            assertThat(api.get("/jobs", "Authorization", basic("ada", "ada password")).status()).isEqualTo(200);

            var revoked = api.send(api.request("/users/ada").DELETE()
                    .header("Authorization", basic(ADMIN, ADMIN_PASSWORD)));

            assertThat(revoked.status()).isEqualTo(200);
            assertThat(api.get("/jobs", "Authorization", basic("ada", "ada password")).status()).isEqualTo(401);
        }

        @Test
        void onlyAdministratorsManageUsers() {
            ApiClient api = start(new AuthSettings(true, Optional.empty()));
            secured.accounts.create(new CreateUserCommand("ada", "ada password", null, false));

            var r = api.get("/users", "Authorization", basic("ada", "ada password"));

            assertThat(r.status()).isEqualTo(403);
            assertThat(r.message()).isEqualTo("only administrators may manage users");
            assertThat(api.get("/users", "Authorization", basic(ADMIN, ADMIN_PASSWORD)).status()).isEqualTo(200);
        }

        @Test
        void healthNeedsNoPassword() {
            assertThat(start(new AuthSettings(true, Optional.empty())).get("/health").status()).isEqualTo(200);
        }
    }

    @Test
    void withBothOnEitherCredentialWorksAndBothSchemesAreNamed() {
        ApiClient api = start(new AuthSettings(true, Optional.of(KEY)));

        assertThat(api.get("/jobs", "Authorization", basic(ADMIN, ADMIN_PASSWORD)).status()).isEqualTo(200);
        assertThat(api.get("/jobs", "Authorization", "Bearer " + KEY).status()).isEqualTo(200);
        assertThat(api.get("/jobs").header("WWW-Authenticate"))
                .isEqualTo("Basic realm=\"tork\", charset=\"UTF-8\", Bearer realm=\"tork\"");
    }

    @Test
    void withAuthenticationOffAnyoneMayDoAnything() {
        ApiClient api = start(AuthSettings.OFF);

        assertThat(api.get("/jobs").status()).isEqualTo(200);
        assertThat(api.get("/users").status()).isEqualTo(200);
    }
}
