package io.tork.adapters.in.web;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /openapi.json}: the description of the API, kept in step with the routes by a test. */
final class OpenApiRoutes {
    private static final String RESOURCE = "/io/tork/adapters/in/web/openapi.json";
    private final byte[] description = load();

    void register(RoutesConfig routes) {
        routes.get("/openapi.json", ctx -> ctx.status(200).contentType("application/json").result(description));
    }

    private static byte[] load() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the API description " + RESOURCE + " is missing");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the API description", e);
        }
    }
}
