package io.tork.adapters.out.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.tork.application.port.out.ExpressionException;

/** Behaviour of this adapter beyond the port's contract. */
class JexlExpressionEvaluatorTest {
    private final JexlExpressionEvaluator evaluator = JexlExpressionEvaluator.withBuiltInFunctions();

    private Object evaluate(String expression, Map<String, Object> context) throws ExpressionException {
        return evaluator.evaluate(expression, context);
    }

    @Test
    void rangesAndSetsComeBackAsLists() throws ExpressionException {
        assertThat(evaluate("1..3", Map.of())).isEqualTo(List.of(1, 2, 3));
        assertThat(evaluate("{'only'}", Map.of())).isEqualTo(List.of("only"));
        assertThat(evaluate("arr", Map.of("arr", new String[] {"a", "b"}))).isEqualTo(List.of("a", "b"));
        assertThat(evaluator.render("{{ arr }}", Map.of("arr", new int[] {1, 2}))).isEqualTo("[1,2]");
    }

    @Test
    void theInputsMapComesBackAsGiven() throws ExpressionException {
        Map<String, Object> inputs = Map.of("a", "1");

        assertThat(evaluate("inputs", Map.of("inputs", inputs))).isSameAs(inputs);
        assertThat(evaluate("keys(inputs)", Map.of("inputs", inputs))).isEqualTo(List.of("a"));
    }

    @Test
    void nilIsNullUnlessTheContextDefinesIt() throws ExpressionException {
        assertThat(evaluate("nil", Map.of())).isNull();
        assertThat(evaluate("x == nil", Map.of("x", "a"))).isEqualTo(false);
        assertThat(evaluate("nil", Map.of("nil", "defined"))).isEqualTo("defined");
    }

    @Test
    void listsAreIndexedFromTheEndWithNegativeIndexes() throws ExpressionException {
        assertThat(evaluate("[1, 2, 3][-1]", Map.of())).isEqualTo(3);
        assertThatThrownBy(() -> evaluate("[1, 2][2]", Map.of()))
                .hasMessage("error evaluating '[1, 2][2]': index 2 out of range (length 2)");
        assertThatThrownBy(() -> evaluate("[1, 2]['a']", Map.of()))
                .hasMessage("error evaluating '[1, 2]['a']': a list index must be an integer, got 'a'");
    }

    @Test
    void keywordsAreFineAsKeys() throws ExpressionException {
        Map<String, Object> value = Map.of("size", 1, "empty", 2, "new", 3, "class", 4);

        assertThat(evaluator.render("{{ v.size }}{{ v.empty }}{{ v.new }}{{ v['class'] }}", Map.of("v", value)))
                .isEqualTo("1234");
    }

    @Test
    void readingThroughNullSaysWhichStepWasNull() {
        Map<String, Object> context = new HashMap<>();
        context.put("item", Map.of("value", Map.of()));
        context.put("none", null);

        assertThatThrownBy(() -> evaluate("item.value.missing.deeper", context))
                .hasMessage("error evaluating 'item.value.missing.deeper': 'missing' is null");
        assertThatThrownBy(() -> evaluate("none.field", context))
                .hasMessage("error evaluating 'none.field': cannot read 'field' of null");
        assertThatThrownBy(() -> evaluate("'text'.field", context))
                .hasMessage("error evaluating ''text'.field': cannot read 'field' of 'text'");
    }

    @Test
    void arithmeticErrorsAreShort() {
        assertThatThrownBy(() -> evaluate("1/0", Map.of())).hasMessage("error evaluating '1/0': division by zero");
        assertThatThrownBy(() -> evaluate("1 % 0", Map.of())).hasMessage("error evaluating '1 % 0': division by zero");
        assertThatThrownBy(() -> evaluate("n + 1", nullN())).hasMessage("error evaluating 'n + 1': variable 'n' is null");
    }

    @Test
    void anEmptyExpressionCannotBeEvaluatedButIsValid() {
        assertThatThrownBy(() -> evaluate("", Map.of())).hasMessage("error evaluating '': empty expression");
        assertThat(evaluator.syntaxError("")).isEmpty();
        assertThat(evaluator.syntaxError("{{ }}")).contains("error parsing '{{ }}': empty expression");
    }

    @Test
    void deepNestingIsAnErrorNotACrash() {
        String nested = "(".repeat(50_000) + "1" + ")".repeat(50_000);

        assertThatThrownBy(() -> evaluate(nested, Map.of()))
                .isInstanceOf(ExpressionException.class)
                .hasMessageEndingWith("expression is nested too deeply");
        assertThat(evaluator.syntaxError(nested)).hasValueSatisfying(error ->
                assertThat(error).endsWith("expression is nested too deeply"));
    }

    @Test
    void sandboxMessagesNameTheForbiddenConstruct() {
        assertThatThrownBy(() -> evaluate("''.getClass()", Map.of()))
                .hasMessage("error evaluating '''.getClass()': method call is not allowed: '.getClass(...)'");
        assertThatThrownBy(() -> evaluate("new('java.lang.StringBuilder')", Map.of()))
                .hasMessage("error evaluating 'new('java.lang.StringBuilder')': create instance is not allowed: 'new(...)'");
        assertThatThrownBy(() -> evaluate("x = 1", Map.of()))
                .hasMessage("error evaluating 'x = 1': global assign/modify is not allowed: 'x'");
        assertThatThrownBy(() -> evaluate("x.class", Map.of("x", new Object())))
                .hasMessage("error evaluating 'x.class': cannot read 'class' of a value of an unsupported kind");
    }

    @Test
    void secretValuesNeverAppearInErrorMessages() {
        String longSecret = "a-very-long-secret-value-that-is-longer-than-forty-characters";
        Map<String, Object> context = Map.of("secrets", Map.of("short", "pw", "long", longSecret));

        assertThatThrownBy(() -> evaluate("randomInt(secrets.short)", context))
                .hasMessage("error evaluating 'randomInt(secrets.short)': randomInt: expected an integer, got '[REDACTED]'");
        assertThatThrownBy(() -> evaluate("fromBase64(secrets.long)", context))
                .hasMessage("error evaluating 'fromBase64(secrets.long)': fromBase64: expected base64 text, got '[REDACTED]'")
                .hasNoCause();
    }

    private static Map<String, Object> nullN() {
        Map<String, Object> context = new HashMap<>();
        context.put("n", null);
        return context;
    }
}
