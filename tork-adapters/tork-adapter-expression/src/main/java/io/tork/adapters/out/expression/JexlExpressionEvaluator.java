package io.tork.adapters.out.expression;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;

import org.apache.commons.jexl3.JexlException;

import io.tork.application.port.out.ExpressionEvaluator;
import io.tork.application.port.out.ExpressionException;

/**
 * The job language's expressions (SPEC §4.1) on Apache Commons JEXL, sandboxed: data access, operators and the
 * functions of a {@link FunctionCatalog}, nothing else. Thread-safe; build one per catalogue and share it. The JEXL
 * engine is built for the first expression, not with the evaluator: building it takes long enough to slow down the
 * engine's start.
 */
public final class JexlExpressionEvaluator implements ExpressionEvaluator {
    private final FunctionCatalog functions;
    private volatile SandboxedJexl jexl;

    public JexlExpressionEvaluator(FunctionCatalog functions) {
        this.functions = Objects.requireNonNull(functions, "functions");
    }

    /** An evaluator offering the built-in functions only. */
    public static JexlExpressionEvaluator withBuiltInFunctions() {
        return new JexlExpressionEvaluator(FunctionCatalog.withBuiltIns(Clock.systemUTC()));
    }

    @Override
    public String render(String template, Map<String, Object> context) throws ExpressionException {
        Matcher matcher = TemplateText.GROUP.matcher(template);
        StringBuilder rendered = new StringBuilder(template.length());
        int copiedUpTo = 0;
        while (matcher.find()) {
            Object value = evaluate(TemplateText.group(matcher), context);
            rendered.append(template, copiedUpTo, matcher.start()).append(ValueRenderer.render(value));
            copiedUpTo = matcher.end();
        }
        return rendered.append(template, copiedUpTo, template.length()).toString();
    }

    @Override
    public Object evaluate(String expression, Map<String, Object> context) throws ExpressionException {
        return evaluate(TemplateText.expressionOf(expression), context);
    }

    @Override
    public Optional<String> syntaxError(String templateOrExpression) {
        if (templateOrExpression == null || templateOrExpression.isEmpty()) {
            return Optional.empty();
        }
        List<TemplateText.Group> groups = TemplateText.groups(templateOrExpression);
        if (groups.isEmpty()) {
            groups = List.of(TemplateText.expressionOf(templateOrExpression));
        }
        for (TemplateText.Group group : groups) {
            Optional<String> error = parseError(group);
            if (error.isPresent()) {
                return error;
            }
        }
        return Optional.empty();
    }

    private Object evaluate(TemplateText.Group group, Map<String, Object> context) throws ExpressionException {
        if (group.expression().isEmpty()) {
            throw new ExpressionException(message("evaluating", group, "empty expression"));
        }
        try {
            return jexl().evaluate(group.expression(), context);
        } catch (RuntimeException | StackOverflowError e) {
            String message = message("evaluating", group, SecretMask.apply(ErrorDetail.of(e), context));
            // JEXL's exceptions and ours quote argument values, secrets included: only a bug's stack is kept.
            boolean expected = e instanceof JexlException || e instanceof EvaluationFailure
                    || e instanceof StackOverflowError;
            throw expected ? new ExpressionException(message) : new ExpressionException(message, e);
        }
    }

    private Optional<String> parseError(TemplateText.Group group) {
        if (group.expression().isEmpty()) {
            return Optional.of(message("parsing", group, "empty expression"));
        }
        try {
            jexl().parse(group.expression());
            return Optional.empty();
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.of(message("parsing", group, ErrorDetail.of(e)));
        }
    }

    private SandboxedJexl jexl() {
        SandboxedJexl engine = jexl;
        if (engine == null) {
            synchronized (this) {
                engine = jexl;
                if (engine == null) jexl = engine = new SandboxedJexl(functions);
            }
        }
        return engine;
    }

    private static String message(String activity, TemplateText.Group group, String detail) {
        return "error " + activity + " '" + group.source() + "': " + detail;
    }
}
