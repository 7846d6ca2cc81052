package io.tork.adapters.in.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /openapi.json}: the API's description. It is written by hand in {@code openapi.yaml} beside this
 * class (YAML is easier to keep than JSON), and a test holds it to the routes the server really registers. It is
 * read on the first request rather than at start-up, which parsing the YAML would delay by a few hundred
 * milliseconds.
 */
final class OpenApiRoutes {
    static final String RESOURCE = "openapi.yaml";
    private final String version;
    private byte[] document;

    OpenApiRoutes(String version) {
        this.version = version;
    }

    void register(RoutesConfig routes) {
        routes.get("/openapi.json", ctx -> ctx.status(200).contentType("application/json").result(document()));
    }

    private synchronized byte[] document() {
        if (document == null) document = render(load(), version);
        return document;
    }

    /** The document as written, for tests. */
    static JsonNode load() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the web adapter");
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static byte[] render(JsonNode description, String version) {
        ((ObjectNode) description.get("info")).put("version", version == null || version.isBlank() ? "dev" : version);
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(description);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + RESOURCE, e);
        }
    }
}
