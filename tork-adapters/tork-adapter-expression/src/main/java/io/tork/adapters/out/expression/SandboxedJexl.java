package io.tork.adapters.out.expression;

import java.util.HashMap;
import java.util.Map;

import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.apache.commons.jexl3.introspection.JexlUberspect;

/**
 * The one JEXL engine of an evaluator, built once: single expressions only, without any construct that loops,
 * assigns, defines functions, creates objects or calls Java methods, over {@link SandboxUberspect}. JEXL engines
 * and parsed expressions are thread-safe; parsed expressions are kept in JEXL's bounded LRU cache.
 */
final class SandboxedJexl {
    private static final int CACHED_EXPRESSIONS = 2048;
    private static final int LONGEST_CACHED_EXPRESSION = 2048;
    // A fixed source name keeps JEXL from deriving one from the caller's stack, which is slow and leaks class names.
    private static final JexlInfo SOURCE = new JexlInfo("expression", 1, 1);

    private final JexlEngine engine;

    SandboxedJexl(FunctionCatalog catalog) {
        Map<String, Object> namespaces = new HashMap<>();
        namespaces.put(null, new FunctionNamespace(catalog));
        engine = new JexlBuilder()
                .features(sandboxFeatures())
                .uberspect(new SandboxUberspect(operatorIntrospection()))
                .arithmetic(new ExpressionArithmetic())
                .namespaces(namespaces)
                .strict(true)
                .safe(false)
                .silent(false)
                .antish(false)
                .booleanLogical(true)
                .cache(CACHED_EXPRESSIONS)
                .cacheThreshold(LONGEST_CACHED_EXPRESSION)
                .create();
    }

    /** Parses an expression (from the cache when it was parsed before). */
    JexlExpression parse(String expression) {
        return engine.createExpression(SOURCE, expression);
    }

    Object evaluate(String expression, Map<String, Object> variables) {
        Object value = parse(expression).evaluate(new EvaluationContext(variables));
        return value instanceof DeclaredKeysMap declared ? declared.entries() : Values.normalized(value);
    }

    private static JexlFeatures sandboxFeatures() {
        return new JexlFeatures()
                .script(false)
                .loops(false)
                .sideEffect(false)
                .sideEffectGlobal(false)
                .localVar(false)
                .lambda(false)
                .thinArrow(false)
                .fatArrow(false)
                .newInstance(false)
                .methodCall(false)
                .pragma(false)
                .pragmaAnywhere(false)
                .namespacePragma(false)
                .importPragma(false)
                .namespaceInstantiation(false)
                .annotation(false)
                .register(false)
                .structuredLiteral(true);
    }

    /** JEXL's standard introspection, used by the sandbox only to resolve operators on our arithmetic. */
    private static JexlUberspect operatorIntrospection() {
        return new JexlBuilder().permissions(JexlPermissions.RESTRICTED).create().getUberspect();
    }
}
