package io.tork.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tork.application.port.out.StoreException;
import org.junit.jupiter.api.Test;

class ErrorHandlingTest extends ApiTestSupport {

    @Test
    void anUnknownRouteIs404NotFound() {
        var r = api.get("/no/such/route");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.body()).isEqualTo("{\"message\":\"Not Found\"}\n");
    }

    @Test
    void aWrongMethodOnAKnownPathIs405() {
        var r = api.delete("/jobs");

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.message()).isEqualTo("Method Not Allowed");
    }

    @Test
    void aFailureBehindAPortIsAGeneric500WithoutInternals() {
        app.add(Fixtures.job("j1"));
        app.failure = new IllegalStateException("connection pool exhausted at io.tork.Secret.method");

        var get = api.get("/jobs/j1");
        var post = api.post("/jobs", "application/json", Fixtures.JOB_JSON);

        assertThat(get.status()).isEqualTo(500);
        assertThat(get.body()).isEqualTo("{\"message\":\"Internal Server Error\"}\n");
        assertThat(post.status()).isEqualTo(500);
        assertThat(post.body()).doesNotContain("connection pool", "IllegalState", "at io.");
    }

    @Test
    void aTransientStoreFailureIs503() {
        app.failure = new StoreException("database connection refused", true, null);

        var r = api.get("/jobs");

        assertThat(r.status()).isEqualTo(503);
        assertThat(r.body()).doesNotContain("database");
    }

    @Test
    void aPermanentStoreFailureIs500() {
        app.failure = new StoreException("relation jobs does not exist", false, null);

        var r = api.get("/metrics");

        assertThat(r.status()).isEqualTo(500);
        assertThat(r.message()).isEqualTo("Internal Server Error");
    }

    @Test
    void errorsArePrettyPrintedOnRequestToo() {
        var r = api.get("/jobs/nope?pretty");

        assertThat(r.body()).isEqualTo("{\n  \"message\" : \"job not found\"\n}\n");
    }
}
