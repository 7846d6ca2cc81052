package io.tork.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code GET /openapi.json} documents exactly the routes the server has (the console's pages aside). */
class OpenApiTest extends ApiTestSupport {
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Set<String> CONSOLE_PAGES = Set.of("GET /", "GET /ui", "GET /ui/<path>");

    @Test
    void theDescriptionIsServedAsOpenApi3() {
        ApiClient.Response r = api.get("/openapi.json");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.json().path("openapi").asText()).startsWith("3.");
    }

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedRouteExists() {
        List<String> documented = new ArrayList<>();
        api.get("/openapi.json").json().path("paths").properties().forEach(path ->
                path.getValue().properties().forEach(operation -> {
                    if (HTTP_METHODS.contains(operation.getKey())) {
                        documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }));
        List<String> served = server().routes().stream()
                .filter(r -> !CONSOLE_PAGES.contains(r))
                .filter(r -> !r.startsWith("HEAD ") && !r.startsWith("OPTIONS "))
                .toList();

        assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    void theEventStreamIsDocumentedAsServerSentEvents() {
        JsonNode events = api.get("/openapi.json").json().path("paths").path("/events").path("get");

        assertThat(events.path("responses").path("200").path("content").has("text/event-stream")).isTrue();
        assertThat(events.path("parameters")).extracting(p -> p.path("name").asText()).contains("job", "types");
    }

    @Test
    void everyReferencedSchemaIsDefined() {
        JsonNode doc = api.get("/openapi.json").json();
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);

        assertThat(refs).isNotEmpty().allSatisfy(ref ->
                assertThat(doc.path("components").path("schemas").has(ref.substring(ref.lastIndexOf('/') + 1)))
                        .as(ref).isTrue());
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("$ref")) refs.add(e.getValue().asText());
                else collectRefs(e.getValue(), refs);
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}
