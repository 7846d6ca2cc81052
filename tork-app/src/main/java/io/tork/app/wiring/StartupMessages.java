package io.tork.app.wiring;

/** Helpers for the one-line start-up failures. */
final class StartupMessages {
    private StartupMessages() {
    }

    /** The innermost message of a failure chain, on one line: the technology's own words about what went wrong. */
    static String detail(Throwable failure) {
        String detail = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                detail = t.getMessage();
            }
            if (t.getCause() == t) break;
        }
        return detail == null ? failure.getClass().getSimpleName() : detail.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** A URL with any {@code password=…} parameter hidden, so that it can be shown. */
    static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
