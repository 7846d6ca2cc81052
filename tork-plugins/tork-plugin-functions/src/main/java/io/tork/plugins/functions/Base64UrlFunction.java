package io.tork.plugins.functions;

import io.tork.plugin.api.ExpressionFunction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.pf4j.Extension;

/**
 * {@code base64url(text)}: the text's UTF-8 bytes in the URL- and file-name-safe Base64 alphabet of RFC 4648 §5
 * ({@code -} and {@code _}), without {@code =} padding, as JWTs and URLs use it.
 */
@Extension
public final class Base64UrlFunction implements ExpressionFunction {
    @Override
    public String name() {
        return "base64url";
    }

    @Override
    public int minArity() {
        return 1;
    }

    @Override
    public int maxArity() {
        return 1;
    }

    @Override
    public Object apply(List<Object> args) {
        byte[] bytes = Args.text(args, 0).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
