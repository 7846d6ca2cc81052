package io.tork.application.port.out;

import java.util.Map;
import java.util.Optional;

/**
 * The job language's expressions (SPEC §4.1). A <em>template</em> is text with {@code {{ expr }}} groups; an
 * <em>expression</em> is the bare {@code expr} (a {@code {{ }}} group around it is optional).
 */
public interface ExpressionEvaluator {
    /**
     * Replaces every {@code {{ expr }}} in {@code template} by the expression's value rendered as text (strings as
     * is, integers without a decimal point, lists and maps as JSON, null as empty). Text without groups is
     * returned unchanged.
     */
    String render(String template, Map<String, Object> context) throws ExpressionException;

    /** The value of an expression (its first {@code {{ }}} group if it has one), keeping its type. */
    Object evaluate(String expression, Map<String, Object> context) throws ExpressionException;

    /** Why the template or expression does not parse, or empty when it does. Nothing is evaluated. */
    Optional<String> syntaxError(String templateOrExpression);
}
