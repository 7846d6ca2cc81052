package io.tork.adapters.in.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.tork.adapters.in.web.error.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The web console: static pages under {@code /ui/} (classpath resources of this adapter) that use the same REST
 * API as every other client. {@code /} leads there. Page routes live under {@code /ui/…} and the pages route
 * between their views with the URL's fragment ({@code /ui/#/jobs/<id>}), so they never collide with the API.
 */
final class ConsoleRoutes {
    static final String HOME = "/ui/";
    private static final String ROOT = "/io/tork/adapters/in/web/console/";
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.[a-z0-9]+");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "json", "application/json");
    /** Pages load only their own scripts and styles and talk only to this server; nothing may frame them. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    void register(RoutesConfig routes) {
        routes.get("/", ctx -> ctx.redirect(HOME, HttpStatus.FOUND));
        // the router ignores trailing slashes: this is /ui and /ui/ (the page names its files from the root)
        routes.get("/ui", ctx -> serve(ctx, "index.html"));
        routes.get("/ui/<path>", ctx -> serve(ctx, ctx.pathParam("path")));
    }

    private static void serve(Context ctx, String path) {
        String type = SAFE_PATH.matcher(path).matches() ? TYPES.get(path.substring(path.lastIndexOf('.') + 1)) : null;
        byte[] content = type == null ? null : read(path);
        if (content == null) throw ApiException.notFound("Not Found");
        ctx.status(200)
                .contentType(type)
                .header("Cache-Control", "no-cache")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .result(content);
    }

    private static byte[] read(String path) {
        try (InputStream in = ConsoleRoutes.class.getResourceAsStream(ROOT + path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the console's " + path, e);
        }
    }
}
