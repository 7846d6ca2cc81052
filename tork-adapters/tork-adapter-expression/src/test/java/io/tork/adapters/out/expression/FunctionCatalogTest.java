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

class FunctionCatalogTest {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2024-05-06T07:08:09.123Z"), ZoneOffset.UTC);

    @Test
    void holdsEveryBuiltInOfTheSpec() {
        assertThat(FunctionCatalog.withBuiltIns(FIXED).names()).containsExactlyInAnyOrder(
                "sequence", "randomInt", "fromJSON", "toJSON", "len", "split", "join", "upper", "lower", "trim",
                "replace", "contains", "startsWith", "endsWith", "keys", "values", "first", "last", "toBase64",
                "fromBase64", "now");
    }

    @Test
    void aRegisteredFunctionIsCallableLikeABuiltIn() throws ExpressionException {
        FunctionCatalog catalog = FunctionCatalog.withBuiltIns(FIXED)
                .register("shout", 1, arguments -> Arguments.text(arguments, 0).toUpperCase() + "!");
        var evaluator = new JexlExpressionEvaluator(catalog);

        assertThat(evaluator.render("{{ shout(inputs.who) }} {{ len('ab') }}", Map.of("inputs", Map.of("who", "bob"))))
                .isEqualTo("BOB! 2");
    }

    @Test
    void aFunctionRegisteredAfterTheEvaluatorWasBuiltIsCallable() throws ExpressionException {
        FunctionCatalog catalog = new FunctionCatalog();
        var evaluator = new JexlExpressionEvaluator(catalog);
        catalog.register("answer", 0, arguments -> 42);

        assertThat(evaluator.render("{{ answer() }}", Map.of())).isEqualTo("42");
    }

    @Test
    void aNameCanBeRegisteredOnlyOnce() {
        FunctionCatalog catalog = FunctionCatalog.withBuiltIns(FIXED);

        assertThatThrownBy(() -> catalog.register("len", 1, arguments -> 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("function 'len' is provided by both the engine (built-in) and the engine (built-in)");
    }

    @Test
    void aClashNamesBothProviders() {
        FunctionCatalog catalog = FunctionCatalog.withBuiltIns(FIXED);
        catalog.register(new CatalogFunction("sha256", 1, 1, arguments -> "a"), "plugin 'one' (one.jar)");

        assertThatThrownBy(() -> catalog.register(new CatalogFunction("sha256", 1, 1, arguments -> "b"),
                "plugin 'two' (two.jar)"))
                .hasMessage("function 'sha256' is provided by both plugin 'one' (one.jar) and plugin 'two' (two.jar)");
        assertThatThrownBy(() -> catalog.register(new CatalogFunction("len", 1, 1, arguments -> 0), "plugin 'x'"))
                .hasMessage("function 'len' is provided by both the engine (built-in) and plugin 'x'");
        assertThat(catalog.origin("sha256")).contains("plugin 'one' (one.jar)");
        assertThat(catalog.origin("len")).contains(FunctionCatalog.BUILT_IN);
    }

    @Test
    void aNameMustBeAnIdentifier() {
        FunctionCatalog catalog = new FunctionCatalog();

        assertThatThrownBy(() -> catalog.register("hash:sha", 1, arguments -> 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an identifier");
        assertThatThrownBy(() -> catalog.register("1st", 1, arguments -> 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an identifier");
        assertThatThrownBy(() -> catalog.register("f", 2, 1, arguments -> 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("argument count");
    }

    @Test
    void theNumberOfArgumentsIsChecked() {
        var evaluator = new JexlExpressionEvaluator(FunctionCatalog.withBuiltIns(FIXED));

        assertThatThrownBy(() -> evaluator.evaluate("sequence(1)", Map.of()))
                .isInstanceOf(ExpressionException.class)
                .hasMessage("error evaluating 'sequence(1)': sequence: expected 2 arguments, got 1");
        assertThatThrownBy(() -> evaluator.evaluate("randomInt(1, 2)", Map.of()))
                .hasMessage("error evaluating 'randomInt(1, 2)': randomInt: expected 0 to 1 arguments, got 2");
        assertThatThrownBy(() -> evaluator.evaluate("len()", Map.of()))
                .hasMessage("error evaluating 'len()': len: expected 1 argument, got 0");
    }

    @Test
    void aCrashingFunctionIsReportedWithoutItsExceptionType() {
        FunctionCatalog catalog = new FunctionCatalog()
                .register("broken", 0, arguments -> {
                    throw new NullPointerException("Cannot invoke \"String.length()\" because \"s\" is null");
                })
                .register("picky", 1, arguments -> {
                    throw new IllegalArgumentException("wants something else");
                });
        var evaluator = new JexlExpressionEvaluator(catalog);

        assertThatThrownBy(() -> evaluator.evaluate("broken()", Map.of()))
                .isInstanceOf(ExpressionException.class)
                .hasMessage("error evaluating 'broken()': broken: failed");
        assertThatThrownBy(() -> evaluator.evaluate("picky(1)", Map.of()))
                .hasMessage("error evaluating 'picky(1)': picky: wants something else");
    }

    @Test
    void functionsReceiveListsAndMapsAsJavaCollections() throws ExpressionException {
        FunctionCatalog catalog = new FunctionCatalog()
                .register("kinds", 2, arguments -> arguments.get(0) instanceof List<?>
                        && arguments.get(1) instanceof Map<?, ?>);
        var evaluator = new JexlExpressionEvaluator(catalog);

        assertThat(evaluator.evaluate("kinds([1, 2], {'a': 1})", Map.of())).isEqualTo(true);
        assertThat(evaluator.evaluate("kinds(arr, {'a': 1})", Map.of("arr", new int[] {1, 2}))).isEqualTo(true);
    }
}
