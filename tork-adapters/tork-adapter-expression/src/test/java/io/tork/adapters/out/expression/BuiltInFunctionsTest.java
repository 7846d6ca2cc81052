package io.tork.adapters.out.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.tork.application.port.out.ExpressionException;

/** Built-in behaviour beyond the port's contract: limits and details of this adapter's choosing. */
class BuiltInFunctionsTest {
    private final JexlExpressionEvaluator evaluator = new JexlExpressionEvaluator(FunctionCatalog.withBuiltIns(
            Clock.fixed(Instant.parse("2024-05-06T07:08:09.123Z"), ZoneOffset.UTC)));

    private String render(String template) throws ExpressionException {
        return evaluator.render(template, Map.of());
    }

    @Test
    void nowReadsTheInjectedClock() throws ExpressionException {
        assertThat(render("{{ now() }}")).isEqualTo("2024-05-06T07:08:09.123Z");
    }

    @Test
    void sequenceRefusesToBuildHugeLists() throws ExpressionException {
        assertThat((List<?>) evaluator.evaluate("sequence(0, 100000)", Map.of())).hasSize(100_000);
        assertThatThrownBy(() -> render("{{ sequence(0, 100001) }}"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageEndingWith("sequence: at most 100000 elements, asked for 100001");
        assertThatThrownBy(() -> render("{{ sequence(-9223372036854775807, 9223372036854775807) }}"))
                .hasMessageEndingWith("sequence: at most 100000 elements, asked for more");
    }

    @Test
    void randomIntNeedsAPositiveBound() {
        assertThatThrownBy(() -> render("{{ randomInt(0) }}"))
                .hasMessageEndingWith("randomInt: expected a positive integer, got 0");
        assertThatThrownBy(() -> render("{{ randomInt(1.5) }}"))
                .hasMessageEndingWith("randomInt: expected an integer, got 1.5");
    }

    @Test
    void textFunctionsHandleTheEdges() throws ExpressionException {
        assertThat(render("{{ split('', ',') }}")).isEqualTo("[\"\"]");
        assertThat(render("{{ split('abc', '') }}")).isEqualTo("[\"a\",\"b\",\"c\"]");
        assertThat(render("{{ split('a,b,', ',') }}")).isEqualTo("[\"a\",\"b\",\"\"]");
        assertThat(render("{{ trim('xxaxx', 'x') }}")).isEqualTo("a");
        assertThat(render("{{ trim('\\t a \\n') }}")).isEqualTo("a");
        assertThat(render("{{ join(['a', 'b']) }}")).isEqualTo("ab");
        assertThat(render("{{ join([1, 2.5, true, {'k': 'v'}], ' ') }}")).isEqualTo("1 2.5 true {\"k\":\"v\"}");
        assertThat(render("{{ len('héllo ✓') }}")).isEqualTo("7");
        assertThat(render("{{ upper('straße') }}")).isEqualTo("STRASSE");
    }

    @Test
    void containsComparesNumbersByValue() throws ExpressionException {
        assertThat(render("{{ contains(fromJSON('[1, 2]'), 2) }}")).isEqualTo("true");
        assertThat(render("{{ contains([1.5], 1.5) }}")).isEqualTo("true");
        assertThat(render("{{ contains(['1'], 1) }}")).isEqualTo("false");
    }

    @Test
    void base64RejectsGarbage() {
        assertThatThrownBy(() -> render("{{ fromBase64('%%%') }}"))
                .hasMessageEndingWith("fromBase64: expected base64 text, got '%%%'");
    }

    @Test
    void jsonErrorsSayWhere() {
        assertThatThrownBy(() -> render("{{ fromJSON('{\"a\": }') }}"))
                .hasMessageEndingWith("fromJSON: invalid JSON at position 6: unexpected character '}'");
        assertThatThrownBy(() -> render("{{ fromJSON('[1] 2') }}"))
                .hasMessageEndingWith("fromJSON: invalid JSON at position 4: unexpected text after the value");
    }
}
