package io.tork.adapters.in.web.middleware;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * One line per request: method, path, status, time taken, client address and user. The query string and the
 * headers are never written, so credentials and search terms stay out of the log.
 */
final class RequestLog implements RequestLogger {
    private static final Logger log = LoggerFactory.getLogger("io.tork.web.requests");
    private final RequestLogSettings settings;
    private final RoutePatterns skipped;

    RequestLog(RequestLogSettings settings) {
        this.settings = settings;
        this.skipped = new RoutePatterns(settings.skip());
    }

    @Override
    public void handle(Context ctx, Float millis) {
        if (!settings.enabled() || skipped.matches(ctx.method().name(), ctx.path())) return;
        Level level = ctx.statusCode() >= 500 ? Level.ERROR : settings.level();
        String user = Caller.of(ctx).username().map(name -> " user " + name).orElse("");
        log.atLevel(level).log("{} {} -> {} ({} ms) from {}{}", ctx.method().name(), ctx.path(), ctx.statusCode(),
                Math.round(millis), ctx.req().getRemoteAddr(), user);
    }
}
