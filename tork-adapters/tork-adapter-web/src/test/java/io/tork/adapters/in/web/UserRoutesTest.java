package io.tork.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tork.adapters.in.web.middleware.Middleware;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UserRoutesTest {
    private final SecuredServer secured = new SecuredServer(Middleware.DEFAULTS);
    private final ApiClient api = secured.api;

    @AfterEach
    void stop() {
        secured.close();
    }

    @Test
    void aCreatedUserIsAnsweredWithoutItsPasswordOrHash() {
        var r = api.post("/users", "application/json",
                "{\"username\":\"ada\",\"password\":\"correct horse\",\"name\":\"Ada\"}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("username").asText()).isEqualTo("ada");
        assertThat(r.json().path("name").asText()).isEqualTo("Ada");
        assertThat(r.json().path("id").asText()).hasSize(32);
        assertThat(r.json().has("createdAt")).isTrue();
        assertThat(r.json().has("admin")).isFalse();
        assertThat(r.body()).doesNotContain("correct horse").doesNotContain("sha256:").doesNotContain("password");
        assertThat(secured.accounts.authenticate("ada", "correct horse")).isPresent();
    }

    @Test
    void anAdministratorCanBeCreated() {
        var r = api.post("/users", "text/yaml", "username: boss\npassword: boss password\nadmin: true\n");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("admin").asBoolean()).isTrue();
    }

    @Test
    void everyProblemIsNamed() {
        var r = api.post("/users", "application/json", "{\"username\":\" \",\"password\":\"short\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("errors").toString())
                .contains("\"field\":\"username\"", "is required", "\"field\":\"password\"",
                        "must be at least 8 characters");
        assertThat(r.body()).doesNotContain("short\"");
    }

    @Test
    void anExistingUsernameIsRefused() {
        api.post("/users", "application/json", "{\"username\":\"ada\",\"password\":\"correct horse\"}");

        var r = api.post("/users", "application/json", "{\"username\":\"ada\",\"password\":\"another one\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.message()).isEqualTo("user already exists");
    }

    @Test
    void unknownFieldsAndMissingContentTypesAreRefused() {
        var unknown = api.post("/users", "application/json",
                "{\"username\":\"ada\",\"password\":\"correct horse\",\"role\":\"admin\"}");
        var untyped = api.post("/users", null, "{\"username\":\"ada\",\"password\":\"correct horse\"}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.message()).contains("role");
        assertThat(untyped.status()).isEqualTo(400);
        assertThat(untyped.message()).isEqualTo("missing content type");
    }

    @Test
    void usersAreListedByNameAndRevokedOnes() {
        api.post("/users", "application/json", "{\"username\":\"bob\",\"password\":\"bob password\"}");
        api.delete("/users/bob");

        var r = api.get("/users");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json()).hasSize(2);
        assertThat(r.json().get(0).path("username").asText()).isEqualTo("bob");
        assertThat(r.json().get(0).path("disabled").asBoolean()).isTrue();
        assertThat(r.json().get(1).path("username").asText()).isEqualTo(SecuredServer.ADMIN);
        assertThat(r.body()).doesNotContain("sha256:");
    }

    @Test
    void revokingAnUnknownUserIsNotFound() {
        var r = api.delete("/users/ghost");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.message()).isEqualTo("user not found");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        try (SecuredServer small = new SecuredServer(new WebConfig("127.0.0.1", 0, 100, "v"), Middleware.DEFAULTS)) {
            var r = small.api.post("/users", "application/json",
                    "{\"username\":\"ada\",\"password\":\"" + "x".repeat(200) + "\"}");

            assertThat(r.status()).isEqualTo(413);
            assertThat(r.message()).isEqualTo("request body is larger than the 100 bytes limit");
        }
    }
}
