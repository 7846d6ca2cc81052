package io.tork.plugins.example;

import io.tork.plugin.api.ExpressionFunction;
import java.util.List;
import org.pf4j.Extension;

/**
 * {@code greet(name)}: {@code "Hello, <name>!"}. {@link Extension} makes PF4J's annotation processor list this class
 * in {@code META-INF/extensions.idx}, which is how the engine finds it in the jar.
 */
@Extension
public final class GreetFunction implements ExpressionFunction {
    @Override
    public String name() {
        return "greet";
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
        // The engine has checked the number of arguments; their kinds are the plugin's to check.
        if (!(args.getFirst() instanceof String name)) {
            throw new IllegalArgumentException("expected a name (text)");
        }
        return "Hello, " + name + "!";
    }
}
