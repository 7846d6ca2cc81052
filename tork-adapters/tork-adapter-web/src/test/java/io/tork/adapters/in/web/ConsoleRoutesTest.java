package io.tork.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The console's pages are served under /ui/ and never shadow an API route. */
class ConsoleRoutesTest extends ApiTestSupport {
    @Test
    void theRootLeadsToTheConsole() throws Exception {
        try (HttpClient noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            HttpResponse<String> root = noRedirects.send(api.request("/").GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(root.statusCode()).isEqualTo(302);
            assertThat(root.headers().firstValue("Location")).hasValue("/ui/");
        }
    }

    @Test
    void theConsolePageIsHtmlThatMayLoadOnlyItsOwnScripts() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> page = http.send(api.request("/ui/").GET().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(page.body()).contains("<title>Tork</title>", "src=\"/ui/app.js\"");
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'"));
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    @Test
    void theConsoleAnswersWithAndWithoutTheTrailingSlash() {
        assertThat(api.get("/ui").body()).contains("<title>Tork</title>");
        assertThat(api.get("/ui/").body()).contains("<title>Tork</title>");
    }

    @Test
    void scriptsAndStylesHaveTheirContentTypes() {
        assertThat(api.get("/ui/app.js").contentType()).startsWith("text/javascript");
        assertThat(api.get("/ui/console.css").contentType()).startsWith("text/css");
        assertThat(api.get("/ui/views/job.js").status()).isEqualTo(200);
    }

    @Test
    void unknownOrUnsafePathsAreJsonNotFound() {
        for (String path : new String[] {"/ui/nothing.js", "/ui/..%2Fpom.xml", "/ui/views/../app.js",
                "/ui/io/tork/adapters/in/web/WebServer.class", "/ui/app.exe"}) {
            ApiClient.Response r = api.get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).contains("\"message\"");
        }
    }

    @Test
    void apiRoutesStayJson() {
        app.add(Fixtures.job("j1"));

        assertThat(api.get("/jobs").contentType()).startsWith("application/json");
        assertThat(api.get("/jobs/j1").contentType()).startsWith("application/json");
        assertThat(api.get("/nodes").contentType()).startsWith("application/json");
    }
}
