package io.tork.adapters.in.web;

import io.tork.adapters.in.web.error.ApiException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.tork.adapters.in.web.decode.DocumentLines;
import io.tork.adapters.in.web.view.ErrorView;
import io.tork.application.port.in.InvalidRequestException;
import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.StoreException;
import io.tork.domain.common.IllegalTransitionException;
import io.tork.domain.validation.Violation;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates what handlers throw into {@code {"message": …}} answers. Only refusals the user can act on carry
 * their own text; anything unexpected is logged with its stack trace and answered with a generic 500.
 */
final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private final JsonResponses json;

    ErrorResponses(JsonResponses json) {
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            json.send(ctx, e.status(), withLines(ctx, e.getMessage(), e.violations()));
        });
        routes.exception(InvalidRequestException.class, (e, ctx) ->
                json.send(ctx, 400, withLines(ctx, e.getMessage(), e.violations())));
        routes.exception(NotFoundException.class, (e, ctx) -> json.send(ctx, 404, ErrorView.of(e.getMessage())));
        routes.exception(IllegalTransitionException.class, (e, ctx) ->
                json.send(ctx, 400, ErrorView.of(e.getMessage())));
        routes.exception(HttpResponseException.class, (e, ctx) ->
                json.send(ctx, e.getStatus(), ErrorView.of(frameworkMessage(e))));
        routes.exception(StoreException.class, (e, ctx) -> {
            if (e.isTransient()) {
                LOG.warn("{} {} failed on a transient store error: {}", ctx.method(), ctx.path(), e.getMessage());
                json.send(ctx, 503, ErrorView.of("Service Unavailable"));
            } else {
                internalError(ctx, e);
            }
        });
        routes.exception(InterruptedException.class, (e, ctx) -> {
            Thread.currentThread().interrupt();
            json.send(ctx, 503, ErrorView.of("server shutting down"));
        });
        routes.exception(Exception.class, (e, ctx) -> internalError(ctx, e));
    }

    /** Each violation with the line of its field in the submitted document, when the request carried one. */
    private static ErrorView withLines(io.javalin.http.Context ctx, String message, List<Violation> violations) {
        if (violations.isEmpty()) return ErrorView.of(message, violations);
        return RequestBodies.documentOf(ctx)
                .map(DocumentLines::of)
                .map(lines -> ErrorView.of(message, violations, lines::lineOf))
                .orElseGet(() -> ErrorView.of(message, violations));
    }

    private void internalError(io.javalin.http.Context ctx, Exception e) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        json.send(ctx, 500, ErrorView.of("Internal Server Error"));
    }

    /** Javalin's own refusals (no route, wrong method) read like the reference's: the status's reason phrase. */
    private static String frameworkMessage(HttpResponseException e) {
        HttpStatus status = HttpStatus.forStatus(e.getStatus());
        boolean routing = e.getStatus() == 404 || e.getStatus() == 405;
        if (!routing && e.getMessage() != null && !e.getMessage().isBlank()) return e.getMessage();
        return status == HttpStatus.UNKNOWN ? "Error" : status.getMessage();
    }
}
