package io.tork.contracts.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.tork.application.port.out.ExpressionEvaluator;
import io.tork.application.port.out.ExpressionException;

/**
 * The contract of {@link ExpressionEvaluator} (SPEC §4.1, reference §7): templates, standalone expressions, the
 * language subset the reference's examples use, the built-in functions, error messages, the sandbox and the
 * validity check. Subclass it once per adapter.
 */
public abstract class AbstractExpressionEvaluatorContractTest {

    /** The evaluator under test, with the built-in functions registered. */
    protected abstract ExpressionEvaluator evaluator();

    /** A job context as the engine builds it: inputs, secrets, task results, the job and an each-loop item. */
    protected static Map<String, Object> jobContext() {
        Map<String, Object> context = new HashMap<>();
        context.put("inputs", new HashMap<>(Map.of("x", "a", "name", "John Smith", "json", "{\"a\":[1,2],\"b\":\"c\"}",
                "lines", "one,two,three")));
        context.put("secrets", new HashMap<>(Map.of("token", "s3cr3t")));
        context.put("tasks", new HashMap<>(Map.of("build", "ok")));
        context.put("job", new HashMap<>(Map.of("id", "j-1", "name", "my job", "state", "RUNNING")));
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("start", 0L);
        value.put("label", "first");
        value.put("nothing", null);
        context.put("item", new HashMap<>(Map.of("index", "0", "value", value)));
        context.put("nums", List.of(10, 20, 30));
        context.put("none", null);
        return context;
    }

    private String render(String template) throws ExpressionException {
        return evaluator().render(template, jobContext());
    }

    private Object evaluate(String expression) throws ExpressionException {
        return evaluator().evaluate(expression, jobContext());
    }

    private static List<Long> longs(Object list) {
        assertThat(list).isInstanceOf(List.class);
        List<Long> values = new ArrayList<>();
        for (Object element : (List<?>) list) {
            assertThat(element).isInstanceOf(Number.class);
            values.add(((Number) element).longValue());
        }
        return values;
    }

    // ---------------------------------------------------------------- templates

    static Stream<Arguments> renderedTemplates() {
        return Stream.of(
                Arguments.of("{{ 1+1 }}", "2"),
                Arguments.of("{{1+1}}", "2"),
                Arguments.of("{{ inputs.name }}y", "John Smithy"),
                Arguments.of("a {{ 1+1 }} b {{ 'x' }} c", "a 2 b x c"),
                Arguments.of("{{ 'a' }}{{ 'b' }}", "ab"),
                Arguments.of("{{ 1+1 }}\n{{ 2+2 }}", "2\n4"),
                Arguments.of("no groups at all", "no groups at all"),
                Arguments.of("", ""),
                Arguments.of("{{ 'text' }}", "text"),
                Arguments.of("{{ 5/2 }}", "2.5"),
                Arguments.of("{{ 4/2 }}", "2"),
                Arguments.of("{{ 7 % 3 }}", "1"),
                Arguments.of("{{ 2 * 3 - 1 }}", "5"),
                Arguments.of("{{ 1.5 + 1 }}", "2.5"),
                Arguments.of("{{ 1.5 + 0.5 }}", "2"),
                Arguments.of("{{ 0.1 + 0.2 }}", "0.30000000000000004"),
                Arguments.of("{{ 10000000000 * 10 }}", "100000000000"),
                Arguments.of("{{ -3 }}", "-3"),
                Arguments.of("{{ true }}", "true"),
                Arguments.of("{{ 1 == 2 }}", "false"),
                Arguments.of("{{ none }}", ""),
                Arguments.of("[{{ item.value.nothing }}]", "[]"),
                Arguments.of("{{ [1,2] }}", "[1,2]"),
                Arguments.of("{{ [1, 'a', true, 2.5] }}", "[1,\"a\",true,2.5]"),
                Arguments.of("{{ ['a\"b'] }}", "[\"a\\\"b\"]"),
                Arguments.of("{{ {'a': 1} }}", "{\"a\":1}"),
                Arguments.of("{{ [{'a': [1, 2]}] }}", "[{\"a\":[1,2]}]"),
                Arguments.of("{{ item.value }}", "{\"start\":0,\"label\":\"first\",\"nothing\":null}"),
                Arguments.of("{{ nums }}", "[10,20,30]"),
                Arguments.of("{{ sequence(1,5) }}", "[1,2,3,4]"),
                Arguments.of("eachTask{{item.index}}", "eachTask0"),
                Arguments.of("{{ tasks.build }}-{{ job.id }}", "ok-j-1"),
                Arguments.of("Bearer {{ secrets.token }}", "Bearer s3cr3t"));
    }

    @ParameterizedTest(name = "{0} renders as {1}")
    @MethodSource("renderedTemplates")
    void rendersTemplates(String template, String expected) throws ExpressionException {
        assertThat(render(template)).isEqualTo(expected);
    }

    @Test
    void aGroupSpanningLinesIsNotAnExpression() throws ExpressionException {
        assertThat(render("{{ 1 +\n 1 }}")).isEqualTo("{{ 1 +\n 1 }}");
    }

    @Test
    void renderingDoesNotChangeTheContext() throws ExpressionException {
        Map<String, Object> context = jobContext();
        Map<String, Object> before = new HashMap<>(context);
        evaluator().render("{{ inputs.x }} {{ sequence(1,3) }} {{ fromJSON(inputs.json) }}", context);
        assertThat(context).isEqualTo(before);
    }

    // ---------------------------------------------------------------- standalone expressions

    @Test
    void evaluatesTheWholeTextWhenItHasNoGroup() throws ExpressionException {
        assertThat(evaluate("1+1")).isInstanceOf(Number.class);
        assertThat(((Number) evaluate("1+1")).longValue()).isEqualTo(2L);
        assertThat(evaluate("inputs.x")).isEqualTo("a");
    }

    @Test
    void evaluatesOnlyTheFirstGroup() throws ExpressionException {
        assertThat(((Number) evaluate("{{ 1 }} and {{ 2 }}")).longValue()).isEqualTo(1L);
        assertThat(evaluate("before {{ 'a' }} after")).isEqualTo("a");
    }

    @Test
    void keepsTheValueType() throws ExpressionException {
        assertThat(longs(evaluate("[1,2]"))).containsExactly(1L, 2L);
        assertThat(longs(evaluate("{{ sequence(1,5) }}"))).containsExactly(1L, 2L, 3L, 4L);
        assertThat(longs(evaluate("{{ [1,2,3] }}"))).containsExactly(1L, 2L, 3L);
        assertThat(evaluate("{{ inputs.x == 'a' }}")).isEqualTo(Boolean.TRUE);
        assertThat(evaluate("{{ {'k': 'v'} }}")).isEqualTo(Map.of("k", "v"));
        assertThat(evaluate("{{ none }}")).isNull();
        assertThat(evaluate("{{ 5/2 }}")).isInstanceOf(Number.class);
        assertThat(((Number) evaluate("{{ 5/2 }}")).doubleValue()).isEqualTo(2.5);
    }

    @Test
    void listsOfListsAreLists() throws ExpressionException {
        Object value = evaluate("[[1, 2], ['a']]");
        assertThat(value).isInstanceOf(List.class);
        assertThat((List<?>) value).allSatisfy(element -> assertThat(element).isInstanceOf(List.class));
    }

    @Test
    void parsesJsonIntoMapsAndLists() throws ExpressionException {
        Object value = evaluate("{{ fromJSON(inputs.json) }}");
        assertThat(value).isInstanceOf(Map.class);
        Map<?, ?> map = (Map<?, ?>) value;
        assertThat(longs(map.get("a"))).containsExactly(1L, 2L);
        assertThat(map.get("b")).isEqualTo("c");
    }

    // ---------------------------------------------------------------- language

    static Stream<Arguments> languageVectors() {
        return Stream.of(
                Arguments.of("inputs.x == 'a'", "true"),
                Arguments.of("inputs.x != 'a'", "false"),
                Arguments.of("inputs['x']", "a"),
                Arguments.of("nums[0]", "10"),
                Arguments.of("nums[2]", "30"),
                Arguments.of("[1,2,3][1]", "2"),
                Arguments.of("item.value.label", "first"),
                Arguments.of("item.value['start']", "0"),
                Arguments.of("item.index", "0"),
                Arguments.of("job.state == 'RUNNING'", "true"),
                Arguments.of("true && false", "false"),
                Arguments.of("true || false", "true"),
                Arguments.of("!true", "false"),
                Arguments.of("!(1 == 2)", "true"),
                Arguments.of("true and false", "false"),
                Arguments.of("false or true", "true"),
                Arguments.of("not false", "true"),
                Arguments.of("inputs.x == 'a' && job.state == 'RUNNING'", "true"),
                Arguments.of("1 < 2", "true"),
                Arguments.of("2 >= 3", "false"),
                Arguments.of("inputs.x == 'a' ? 'yes' : 'no'", "yes"),
                Arguments.of("inputs.x == 'b' ? 'yes' : 'no'", "no"),
                Arguments.of("none ?? 'default'", "default"),
                Arguments.of("inputs.x ?? 'default'", "a"),
                Arguments.of("item.value.nothing ?? 'fallback'", "fallback"),
                Arguments.of("inputs.optional ?? 'fallback'", "fallback"),
                Arguments.of("'a' + 'b'", "ab"),
                Arguments.of("'n' + 1", "n1"),
                Arguments.of("inputs.name + '!'", "John Smith!"),
                Arguments.of("\"double\" + 'single'", "doublesingle"),
                Arguments.of("fromJSON('{\"a\":[1,2]}').a[1]", "2"),
                Arguments.of("fromJSON(inputs.json).b", "c"),
                Arguments.of("len(split(inputs.lines, ','))", "3"),
                Arguments.of("split(inputs.lines, ',')[1]", "two"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("languageVectors")
    void supportsTheReferenceSyntax(String expression, String expected) throws ExpressionException {
        assertThat(render("{{ " + expression + " }}")).isEqualTo(expected);
    }

    @Test
    void aMissingKeyInsideAValueIsNull() throws ExpressionException {
        assertThat(evaluate("item.value.nosuch")).isNull();
        assertThat(render("[{{ item.value.nosuch }}]")).isEqualTo("[]");
        assertThat(render("[{{ fromJSON('{}').a }}]")).isEqualTo("[]");
    }

    // ---------------------------------------------------------------- functions

    static Stream<Arguments> functionVectors() {
        return Stream.of(
                Arguments.of("sequence(1,3)", "[1,2]"),
                Arguments.of("sequence(-5,-2)", "[-5,-4,-3]"),
                Arguments.of("sequence(5,2)", "[]"),
                Arguments.of("sequence(2,2)", "[]"),
                Arguments.of("len(sequence(1,5))", "4"),
                Arguments.of("toJSON({'a': [1, 'x', true]})", "{\"a\":[1,\"x\",true]}"),
                Arguments.of("toJSON('q\"')", "\"q\\\"\""),
                Arguments.of("fromJSON('[1, 2.5, \"x\", true, null]')", "[1,2.5,\"x\",true,null]"),
                Arguments.of("fromJSON(toJSON({'k': [1, 2]})).k[0]", "1"),
                Arguments.of("len('hello')", "5"),
                Arguments.of("len([1,2,3])", "3"),
                Arguments.of("len({'a': 1})", "1"),
                Arguments.of("split('a,b', ',')", "[\"a\",\"b\"]"),
                Arguments.of("split('a,,b', ',')", "[\"a\",\"\",\"b\"]"),
                Arguments.of("split('a\\nb', '\\n')", "[\"a\",\"b\"]"),
                Arguments.of("join(['a', 'b', 'c'], '-')", "a-b-c"),
                Arguments.of("join(sequence(1,4), ',')", "1,2,3"),
                Arguments.of("upper('abc')", "ABC"),
                Arguments.of("lower('ABC')", "abc"),
                Arguments.of("trim('  padded  ')", "padded"),
                Arguments.of("replace('a-b-c', '-', '+')", "a+b+c"),
                Arguments.of("contains('haystack', 'st')", "true"),
                Arguments.of("contains('haystack', 'x')", "false"),
                Arguments.of("contains([1, 2, 3], 2)", "true"),
                Arguments.of("contains(['a', 'b'], 'c')", "false"),
                Arguments.of("startsWith('prefix', 'pre')", "true"),
                Arguments.of("startsWith('prefix', 'fix')", "false"),
                Arguments.of("endsWith('suffix', 'fix')", "true"),
                Arguments.of("endsWith('suffix', 'suf')", "false"),
                Arguments.of("keys({'a': 1, 'b': 2})", "[\"a\",\"b\"]"),
                Arguments.of("values({'a': 1, 'b': 2})", "[1,2]"),
                Arguments.of("first([7, 8, 9])", "7"),
                Arguments.of("last([7, 8, 9])", "9"),
                Arguments.of("first([])", ""),
                Arguments.of("toBase64('hello')", "aGVsbG8="),
                Arguments.of("fromBase64('aGVsbG8=')", "hello"),
                Arguments.of("fromBase64(toBase64('héllo ✓'))", "héllo ✓"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("functionVectors")
    void builtInFunctions(String expression, String expected) throws ExpressionException {
        assertThat(render("{{ " + expression + " }}")).isEqualTo(expected);
    }

    @Test
    void randomIntStaysInItsRange() throws ExpressionException {
        for (int i = 0; i < 200; i++) {
            long bounded = ((Number) evaluate("randomInt(5)")).longValue();
            assertThat(bounded).isBetween(0L, 4L);
            assertThat(((Number) evaluate("randomInt()")).longValue()).isNotNegative();
        }
        assertThat(((Number) evaluate("randomInt(1)")).longValue()).isZero();
    }

    @Test
    void nowIsAnIsoInstantInUtc() throws ExpressionException {
        Object now = evaluate("now()");
        assertThat(now).isInstanceOf(String.class);
        assertThat((String) now).endsWith("Z");
        assertThat(Instant.parse((String) now)).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"randomInt('x')", "randomInt(1, 2)", "randomInt(none)", "sequence(1)",
            "sequence('a', 2)", "fromJSON('{')", "fromJSON(1)", "len(1)", "upper(1)", "split('a')",
            "keys([1])", "first('abc')", "fromBase64('%%%')", "contains(1, 1)"})
    void badArgumentsAreErrorsNamingTheFunction(String expression) {
        String function = expression.substring(0, expression.indexOf('('));
        assertThatThrownBy(() -> evaluate("{{ " + expression + " }}"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageStartingWith("error evaluating '{{ " + expression + " }}': ")
                .hasMessageContaining(function);
    }

    @Test
    void aBadArgumentSaysWhatWasExpected() {
        assertThatThrownBy(() -> render("{{ randomInt('x') }}"))
                .isInstanceOf(ExpressionException.class)
                .hasMessage("error evaluating '{{ randomInt('x') }}': randomInt: expected an integer, got 'x'");
    }

    @Test
    void anUnknownFunctionIsAnError() {
        assertThatThrownBy(() -> render("{{ nosuchfn(1) }}"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageStartingWith("error evaluating '{{ nosuchfn(1) }}': ")
                .hasMessageContaining("nosuchfn");
    }

    // ---------------------------------------------------------------- errors

    @Test
    void anUnknownNameIsAnErrorNamingTheExpression() {
        assertThatThrownBy(() -> render("url={{ urll }}"))
                .isInstanceOf(ExpressionException.class)
                .hasMessage("error evaluating '{{ urll }}': unknown name 'urll'");
    }

    @Test
    void anUndeclaredInputIsAnUnknownName() {
        // SPEC §4.1's own example: a typo in an input's name fails instead of rendering as nothing.
        assertThatThrownBy(() -> render("{{ inputs.urll }}"))
                .isInstanceOf(ExpressionException.class)
                .hasMessage("error evaluating '{{ inputs.urll }}': unknown name 'urll'");
        assertThatThrownBy(() -> evaluate("secrets.nosuch"))
                .isInstanceOf(ExpressionException.class)
                .hasMessage("error evaluating 'secrets.nosuch': unknown name 'nosuch'");
    }

    @Test
    void theFailingGroupIsNamedWhenSeveralAreRendered() {
        assertThatThrownBy(() -> render("{{ 1+1 }} {{ nope }} {{ 2 }}"))
                .isInstanceOf(ExpressionException.class)
                .hasMessage("error evaluating '{{ nope }}': unknown name 'nope'");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{{ 1 + }}", "{{ urll }}", "{{ 1/0 }}", "{{ none + 1 }}", "{{ nums[7] }}",
            "{{ item.value.nothing.deeper }}", "{{ ''.getClass() }}", "{{ randomInt('x') }}"})
    void errorMessagesAreShortAndFreeOfJavaNames(String template) {
        assertThatThrownBy(() -> render(template))
                .isInstanceOf(ExpressionException.class)
                .satisfies(error -> {
                    String message = error.getMessage();
                    assertThat(message).startsWith("error evaluating '" + template + "': ");
                    String detail = message.substring(("error evaluating '" + template + "': ").length());
                    assertThat(detail).isNotBlank()
                            .doesNotContain("Exception", "java.", "org.apache", "io.tork", "\n\tat ", "JEXL");
                });
    }

    // ---------------------------------------------------------------- sandbox

    static Stream<String> escapes() {
        return Stream.of(
                "''.getClass()",
                "new('java.lang.StringBuilder')",
                "java.lang.Runtime.getRuntime()",
                "java.lang.Runtime.getRuntime().exec('touch /tmp/pwned')",
                "while(true){}",
                "for (x : [1]) { x }",
                "do { 1 } while (true)",
                "x = 1",
                "inputs.x = 'changed'",
                "inputs.x += 'changed'",
                "var x = 1",
                "let y = 2",
                "function(a){a}",
                "(x) -> x",
                "x => x",
                "inputs.getClass()",
                "inputs.class",
                "''.class",
                "inputs.x.class",
                "nums.class",
                "Math.random()",
                "#pragma jexl.namespace.rt java.lang.Runtime",
                "@silent 1",
                "1; 2",
                "`${''.getClass()}`",
                "nums.size()",
                "item.value.getClass().forName('java.lang.Runtime')");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapes")
    void theSandboxRejects(String expression) {
        Map<String, Object> context = jobContext();
        String before = context.toString();
        assertThatThrownBy(() -> evaluator().evaluate(expression, context))
                .isInstanceOf(ExpressionException.class)
                .hasMessageStartingWith("error ");
        assertThatThrownBy(() -> evaluator().render("{{ " + expression + " }}", context))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("{{ " + expression + " }}");
        assertThat(context.toString()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"''.getClass()", "new('java.lang.StringBuilder')", "java.lang.Runtime.getRuntime()",
            "while(true){}", "x = 1", "var x = 1", "function(a){a}", "(x) -> x", "inputs.getClass()",
            "Math.random()"})
    void forbiddenConstructsAreRejectedBeforeEvaluation(String expression) {
        assertThat(evaluator().syntaxError("{{ " + expression + " }}"))
                .hasValueSatisfying(error -> assertThat(error).startsWith("error parsing '{{ " + expression + " }}': "));
    }

    // ---------------------------------------------------------------- validity check

    @ParameterizedTest(name = "\"{0}\" is valid")
    @ValueSource(strings = {"", "1+1", "{{1+1}}", "{{ 1+1 }}", "hello {{ tasks.x }}", "{{ urll }}",
            "{{ sequence(1,5) }}", "{{ inputs.x == 'a' }} and {{ 2 }}", "5+5"})
    void validExpressions(String text) {
        assertThat(evaluator().syntaxError(text)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is invalid")
    @ValueSource(strings = {"{1+1}}", "hello world", "{{ 1 + }}", "{{ (1 }}", "1 +", "{{ 'unclosed }}"})
    void invalidExpressions(String text) {
        assertThat(evaluator().syntaxError(text)).hasValueSatisfying(error -> assertThat(error).startsWith("error parsing '"));
    }

    @Test
    void aSyntaxErrorNamesTheGroup() {
        assertThat(evaluator().syntaxError("{{ 1 + }}")).hasValueSatisfying(error -> assertThat(error)
                .startsWith("error parsing '{{ 1 + }}': ")
                .doesNotContain("Exception", "org.apache"));
        assertThat(evaluator().syntaxError("ok {{ 1 }} then {{ 2 * }}"))
                .hasValueSatisfying(error -> assertThat(error).startsWith("error parsing '{{ 2 * }}': "));
    }

    @Test
    void aSyntaxErrorFailsEvaluationToo() {
        assertThatThrownBy(() -> render("{{ 1 + }}"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageStartingWith("error evaluating '{{ 1 + }}': ");
    }

    // ---------------------------------------------------------------- concurrency

    @Test
    void evaluatesConcurrently() throws Exception {
        ExpressionEvaluator evaluator = evaluator();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int n = i;
                results.add(pool.submit(() -> evaluator.render(
                        "{{ inputs.n + 1 }}-{{ len(sequence(0, inputs.n)) }}-{{ 'x' + (" + (n % 7) + ") }}",
                        Map.of("inputs", Map.of("n", n)))));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get(30, TimeUnit.SECONDS)).isEqualTo((i + 1) + "-" + i + "-x" + (i % 7));
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
