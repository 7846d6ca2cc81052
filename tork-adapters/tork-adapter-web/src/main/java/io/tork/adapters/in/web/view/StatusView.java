package io.tork.adapters.in.web.view;

/** {@code {"status":"OK"}} and friends. */
public record StatusView(String status) {
    public static final StatusView OK = new StatusView("OK");
}
