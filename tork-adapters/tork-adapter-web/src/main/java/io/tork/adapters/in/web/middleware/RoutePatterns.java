package io.tork.adapters.in.web.middleware;

import java.util.List;
import java.util.regex.Pattern;

/** Patterns such as {@code GET /health} or {@code * /jobs/*} over {@code METHOD /path}; {@code *} matches anything. */
final class RoutePatterns {
    private final List<Pattern> patterns;

    RoutePatterns(List<String> wildcards) {
        this.patterns = wildcards.stream().map(RoutePatterns::compile).toList();
    }

    boolean matches(String method, String path) {
        String request = method + " " + path;
        return patterns.stream().anyMatch(p -> p.matcher(request).matches());
    }

    private static Pattern compile(String wildcard) {
        StringBuilder regex = new StringBuilder();
        for (String literal : wildcard.strip().split("\\*", -1)) {
            if (!regex.isEmpty()) regex.append(".*");
            regex.append(Pattern.quote(literal));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }
}
