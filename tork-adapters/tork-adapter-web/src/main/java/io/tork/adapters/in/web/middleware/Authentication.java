package io.tork.adapters.in.web.middleware;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.tork.adapters.in.web.error.ApiException;
import io.tork.application.port.in.AuthenticateUseCase;
import io.tork.domain.user.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Lets a request through only with valid credentials when authentication is on: a user's name and password
 * ({@code Basic}) or the API key ({@code Bearer}). Every refusal is the same 401, so that a caller learns nothing
 * about which part was wrong; it names the accepted schemes in {@code WWW-Authenticate}.
 */
final class Authentication implements Handler {
    static final String REALM = "tork";
    private final AuthSettings settings;
    private final AuthenticateUseCase users;
    private final byte[] keyDigest;

    Authentication(AuthSettings settings, AuthenticateUseCase users) {
        if (settings.basic() && users == null) {
            throw new IllegalArgumentException("basic authentication needs the users to check credentials against");
        }
        this.settings = settings;
        this.users = users;
        this.keyDigest = settings.apiKey().map(Authentication::digest).orElse(null);
    }

    @Override
    public void handle(Context ctx) {
        if (!settings.enabled()) {
            ctx.attribute(Caller.ATTRIBUTE, new Caller.Anyone());
            return;
        }
        if (isExempt(ctx)) return;
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) throw refusal("authentication required");
        int space = header.indexOf(' ');
        String scheme = (space < 0 ? header : header.substring(0, space)).toLowerCase(Locale.ROOT);
        String credentials = space < 0 ? "" : header.substring(space + 1).strip();
        Caller caller = switch (scheme) {
            case "bearer" -> keyHolder(credentials);
            case "basic" -> signedIn(credentials);
            default -> throw refusal("Unauthorized");
        };
        ctx.attribute(Caller.ATTRIBUTE, caller);
    }

    private Caller keyHolder(String presented) {
        if (keyDigest == null || presented.isEmpty() || !MessageDigest.isEqual(keyDigest, digest(presented))) {
            throw refusal("Unauthorized");
        }
        return new Caller.KeyHolder();
    }

    private Caller signedIn(String encoded) {
        if (!settings.basic()) throw refusal("Unauthorized");
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw refusal("Unauthorized");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) throw refusal("Unauthorized");
        Optional<User> user = users.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
        return new Caller.SignedIn(user.orElseThrow(() -> refusal("Unauthorized")));
    }

    /** Load balancers and orchestrators probe the health without credentials. */
    private static boolean isExempt(Context ctx) {
        String method = ctx.method().name();
        return ctx.path().equals("/health") && (method.equals("GET") || method.equals("HEAD"));
    }

    private ApiException refusal(String message) {
        List<String> challenges = new ArrayList<>();
        if (settings.basic()) challenges.add("Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        if (settings.apiKey().isPresent()) challenges.add("Bearer realm=\"" + REALM + "\"");
        return new ApiException(401, message).withHeader("WWW-Authenticate", String.join(", ", challenges));
    }

    /** Keys are compared by digest, in constant time, so neither their content nor their length leaks by timing. */
    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
