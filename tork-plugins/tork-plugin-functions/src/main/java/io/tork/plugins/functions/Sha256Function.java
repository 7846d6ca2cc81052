package io.tork.plugins.functions;

import io.tork.plugin.api.ExpressionFunction;
import java.util.List;
import org.pf4j.Extension;

/** {@code sha256(text)}: the SHA-256 digest of the text's UTF-8 bytes, as 64 lower-case hex digits. */
@Extension
public final class Sha256Function implements ExpressionFunction {
    @Override
    public String name() {
        return "sha256";
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
        return Hashes.hex("SHA-256", Args.text(args, 0));
    }
}
