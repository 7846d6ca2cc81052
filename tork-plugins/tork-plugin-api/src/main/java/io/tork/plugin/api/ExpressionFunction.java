package io.tork.plugin.api;

import java.util.List;

import org.pf4j.ExtensionPoint;

/**
 * A function callable by name from the expression language, for example {@code {{ sha256(inputs.text) }}}.
 *
 * <p>Values crossing this boundary are plain JDK values: {@code null}, {@link String}, {@link Boolean},
 * {@link Long} or {@link Integer} for integers, {@link Double} or {@link java.math.BigDecimal} for other numbers,
 * {@link List} and {@link java.util.Map} (with {@code String} keys) of such values. A function returns one of them.
 *
 * <p>Functions are called concurrently from many threads: implementations must be thread-safe and should be pure
 * (the same arguments give the same result) unless their purpose says otherwise (random numbers, the current time).
 */
public interface ExpressionFunction extends ExtensionPoint {

    /** Returned by {@link #maxArity()} by functions that accept any number of arguments from {@link #minArity()} on. */
    int UNBOUNDED = Integer.MAX_VALUE;

    /**
     * The name used in expressions: a Java-style identifier ({@code [A-Za-z_][A-Za-z0-9_]*}), unique among all
     * functions; a plugin function whose name is already taken is rejected at start-up.
     */
    String name();

    /** The fewest arguments the function accepts (0 or more). */
    int minArity();

    /** The most arguments the function accepts ({@code >= minArity()}), or {@link #UNBOUNDED}. */
    int maxArity();

    /**
     * Computes the function's value. The engine checks the number of arguments against {@link #minArity()} and
     * {@link #maxArity()} before calling.
     *
     * @param args the evaluated arguments, immutable, in call order
     * @return the value, one of the types listed on this interface
     * @throws IllegalArgumentException when an argument is unacceptable; the message is shown to the user as part
     *                                  of the expression's error, so it should name the function and the problem
     */
    Object apply(List<Object> args);
}
