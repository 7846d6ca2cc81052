package io.tork.application.testing;

import io.tork.application.port.out.ExpressionEvaluator;
import io.tork.application.port.out.ExpressionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of the expression language for the application's tests: dotted lookups in the context
 * ({@code inputs.x}, {@code tasks.first}, {@code item.value}), literals ({@code true}, {@code 3}, {@code 'a'})
 * and literal lists ({@code [1,2,3]}). An unknown top-level name is an error, as in the real language.
 */
public final class SimpleExpressions implements ExpressionEvaluator {
    private static final Pattern GROUP = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");

    @Override
    public String render(String template, Map<String, Object> context) throws ExpressionException {
        requireBalanced(template);
        Matcher m = GROUP.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = value(m.group(1).trim(), m.group(), context);
            m.appendReplacement(out, Matcher.quoteReplacement(text(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    public Object evaluate(String expression, Map<String, Object> context) throws ExpressionException {
        requireBalanced(expression);
        Matcher m = GROUP.matcher(expression);
        String bare = m.find() ? m.group(1).trim() : expression.trim();
        return value(bare, expression, context);
    }

    @Override
    public Optional<String> syntaxError(String text) {
        int open = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            String pair = text.substring(i, i + 2);
            if (pair.equals("{{")) {
                if (open > 0) return unbalanced(text);
                open++;
                i++;
            } else if (pair.equals("}}")) {
                if (open == 0) return unbalanced(text);
                open--;
                i++;
            }
        }
        return open == 0 ? Optional.empty() : unbalanced(text);
    }

    private static Optional<String> unbalanced(String text) {
        return Optional.of("unbalanced braces in '" + text + "'");
    }

    private void requireBalanced(String text) throws ExpressionException {
        Optional<String> error = syntaxError(text);
        if (error.isPresent()) throw new ExpressionException(error.get());
    }

    private Object value(String expr, String source, Map<String, Object> context) throws ExpressionException {
        if (expr.startsWith("[") && expr.endsWith("]")) {
            String inner = expr.substring(1, expr.length() - 1).trim();
            List<Object> items = new ArrayList<>();
            if (!inner.isEmpty()) {
                for (String item : inner.split(",")) items.add(value(item.trim(), source, context));
            }
            return items;
        }
        if (expr.equals("true") || expr.equals("false")) return Boolean.valueOf(expr);
        if (INTEGER.matcher(expr).matches()) return Integer.valueOf(expr);
        if (expr.length() >= 2 && (expr.startsWith("'") && expr.endsWith("'") || expr.startsWith("\"") && expr.endsWith("\""))) {
            return expr.substring(1, expr.length() - 1);
        }
        return lookup(expr, source, context);
    }

    private static Object lookup(String expr, String source, Map<String, Object> context) throws ExpressionException {
        String[] path = expr.split("\\.", -1);
        for (String segment : path) {
            if (!NAME.matcher(segment).matches()) {
                throw new ExpressionException("error evaluating '" + source + "': unsupported expression '" + expr + "'");
            }
        }
        if (!context.containsKey(path[0])) {
            throw new ExpressionException("error evaluating '" + source + "': unknown name '" + path[0] + "'");
        }
        Object value = context.get(path[0]);
        for (int i = 1; i < path.length && value != null; i++) {
            value = value instanceof Map<?, ?> map ? map.get(path[i]) : null;
        }
        return value;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
