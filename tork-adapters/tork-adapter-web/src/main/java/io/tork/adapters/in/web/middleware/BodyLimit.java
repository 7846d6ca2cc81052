package io.tork.adapters.in.web.middleware;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.tork.adapters.in.web.error.ApiException;

/**
 * Refuses with 413 any request that announces a body over the limit, whatever its route, before anything reads
 * it. Bodies sent without a length are cut off by whoever reads them.
 */
final class BodyLimit implements Handler {
    private final long limitBytes;
    private final String limitText;

    /** @param limitText the limit as people say it ({@code 500 KiB}), for the refusal's message */
    BodyLimit(long limitBytes, String limitText) {
        this.limitBytes = limitBytes;
        this.limitText = limitText;
    }

    @Override
    public void handle(Context ctx) {
        if (ctx.req().getContentLengthLong() > limitBytes) {
            throw new ApiException(413, "request body is larger than the " + limitText + " limit");
        }
    }
}
