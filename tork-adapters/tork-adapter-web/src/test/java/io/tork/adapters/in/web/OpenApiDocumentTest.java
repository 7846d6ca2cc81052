package io.tork.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tork.adapters.in.web.middleware.Middleware;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds {@code openapi.yaml} to the routes the server really registers (with every optional part on), both ways:
 * a route missing from the description fails, and so does a described route that does not exist.
 */
class OpenApiDocumentTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static SecuredServer secured;
    private static JsonNode served;

    @BeforeAll
    static void start() {
        secured = new SecuredServer(Middleware.DEFAULTS);
        var r = secured.api.get("/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        served = r.json();
    }

    @AfterAll
    static void stop() {
        secured.close();
    }

    /** The web console's pages are HTML for browsers, not operations of the API. */
    private static final Set<String> CONSOLE_PAGES = Set.of("GET /", "GET /ui", "GET /ui/<path>");

    @Test
    void everyRegisteredRouteIsDescribed() {
        Set<String> registered = new TreeSet<>(secured.server.routes());
        assertThat(registered).containsAll(CONSOLE_PAGES);
        registered.removeAll(CONSOLE_PAGES);
        assertThat(registered).contains("GET /jobs/{id}", "POST /users", "GET /metrics/prometheus");

        assertThat(described()).as("routes the server registers but openapi.yaml does not describe")
                .containsAll(registered);
    }

    @Test
    void everyDescribedRouteExists() {
        assertThat(new TreeSet<>(secured.server.routes())).as("operations of openapi.yaml the server does not have")
                .containsAll(described());
    }

    @Test
    void theDocumentIsOpenApi31WithTheServersVersion() {
        assertThat(served.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(served.path("info").path("version").asText()).isEqualTo("1.2.3");
        assertThat(served.path("info").path("title").asText()).isNotBlank();
    }

    @Test
    void everyReferencePointsIntoTheDocument() {
        List<String> refs = new ArrayList<>();
        collectRefs(served, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            JsonNode target = served.at(ref.substring(1));
            assertThat(target.isMissingNode()).as("%s resolves", ref).isFalse();
        }
    }

    @Test
    void everyOperationHasAnIdResponsesAndItsPathParameters() {
        Set<String> ids = new HashSet<>();
        Pattern parameter = Pattern.compile("\\{([^}]+)}");
        served.path("paths").properties().forEach(path -> {
            Set<String> declaredOnPath = parameterNames(path.getValue().path("parameters"));
            path.getValue().properties().stream().filter(e -> METHODS.contains(e.getKey())).forEach(op -> {
                String where = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                assertThat(ids.add(op.getValue().path("operationId").asText())).as("unique operationId of " + where)
                        .isTrue();
                assertThat(op.getValue().path("operationId").asText()).as(where).isNotBlank();
                assertThat(op.getValue().path("responses").size()).as("responses of " + where).isPositive();
                Set<String> declared = new HashSet<>(declaredOnPath);
                declared.addAll(parameterNames(op.getValue().path("parameters")));
                Matcher m = parameter.matcher(path.getKey());
                while (m.find()) assertThat(declared).as("path parameters of " + where).contains(m.group(1));
            });
        });
    }

    private static Set<String> described() {
        Set<String> operations = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : served.path("paths").properties()) {
            for (Iterator<String> it = path.getValue().fieldNames(); it.hasNext(); ) {
                String method = it.next();
                if (METHODS.contains(method)) operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }
        return operations;
    }

    private static Set<String> parameterNames(JsonNode parameters) {
        Set<String> names = new HashSet<>();
        for (JsonNode p : parameters) {
            JsonNode resolved = p.has("$ref") ? served.at(p.get("$ref").asText().substring(1)) : p;
            if ("path".equals(resolved.path("in").asText())) names.add(resolved.path("name").asText());
        }
        return names;
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
