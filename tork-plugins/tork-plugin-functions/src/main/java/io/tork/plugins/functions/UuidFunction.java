package io.tork.plugins.functions;

import io.tork.plugin.api.ExpressionFunction;
import java.util.List;
import java.util.UUID;
import org.pf4j.Extension;

/** {@code uuid()}: a new random (version 4) UUID in its canonical 36-character form; different at every call. */
@Extension
public final class UuidFunction implements ExpressionFunction {
    @Override
    public String name() {
        return "uuid";
    }

    @Override
    public int minArity() {
        return 0;
    }

    @Override
    public int maxArity() {
        return 0;
    }

    @Override
    public Object apply(List<Object> args) {
        return UUID.randomUUID().toString();
    }
}
