package io.tork.plugins.functions;

import io.tork.plugin.api.ExpressionFunction;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.pf4j.Extension;

/**
 * {@code urlEncode(text)}: the text escaped for a URL query value (UTF-8, {@code application/x-www-form-urlencoded}:
 * a space becomes {@code +}, as Go's {@code url.QueryEscape} does).
 */
@Extension
public final class UrlEncodeFunction implements ExpressionFunction {
    @Override
    public String name() {
        return "urlEncode";
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
        return URLEncoder.encode(Args.text(args, 0), StandardCharsets.UTF_8);
    }
}
