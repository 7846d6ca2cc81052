package io.tork.plugins.functions;

import io.tork.plugin.api.ExpressionFunction;
import java.util.List;
import org.pf4j.Extension;

/**
 * {@code md5(text)}: the MD5 digest of the text's UTF-8 bytes, as 32 lower-case hex digits; for checksums, not for
 * security.
 */
@Extension
public final class Md5Function implements ExpressionFunction {
    @Override
    public String name() {
        return "md5";
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
        return Hashes.hex("MD5", Args.text(args, 0));
    }
}
