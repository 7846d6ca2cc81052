package io.tork.plugins.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.plugin.api.ExpressionFunction;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionsTest {

    @Test
    void sha256AndMd5AreHexDigestsOfTheUtf8Bytes() {
        assertThat(call(new Sha256Function(), "hello"))
                .isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        assertThat(call(new Md5Function(), "hello")).isEqualTo("5d41402abc4b2a76b9719d911017c592");
        assertThat(call(new Sha256Function(), "é")).isEqualTo(Hashes.hex("SHA-256", "\u00e9"));
    }

    @Test
    void hashingSomethingElseThanTextSaysWhichArgument() {
        assertThatThrownBy(() -> call(new Sha256Function(), 42L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("argument 1 must be text, got 42");
    }

    @Test
    void base64urlUsesTheUrlAlphabetWithoutPaddingAndDecodesBack() {
        assertThat(call(new Base64UrlFunction(), "subjects?_d")).isEqualTo("c3ViamVjdHM_X2Q");
        assertThat(call(new Base64UrlFunction(), "\u00ff\u00fe")).isEqualTo("w7_Dvg");
        assertThat(call(new Base64UrlDecodeFunction(), "c3ViamVjdHM_X2Q")).isEqualTo("subjects?_d");
        assertThat(call(new Base64UrlDecodeFunction(), "aGk=")).isEqualTo("hi");
        assertThatThrownBy(() -> call(new Base64UrlDecodeFunction(), "a+b/"))
                .hasMessageStartingWith("not base64url text");
    }

    @Test
    void uuidIsANewVersion4UuidEachTime() {
        Object first = new UuidFunction().apply(List.of());
        Object second = new UuidFunction().apply(List.of());

        assertThat((String) first).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void urlEncodeEscapesForAQueryValue() {
        assertThat(call(new UrlEncodeFunction(), "a b&c=d/é")).isEqualTo("a+b%26c%3Dd%2F%C3%A9");
    }

    @Test
    void slugKeepsLowerCaseLettersAndDigitsJoinedByDashes() {
        assertThat(call(new SlugFunction(), "Héllo, World! 2024")).isEqualTo("hello-world-2024");
        assertThat(call(new SlugFunction(), "  --Already-a-slug--  ")).isEqualTo("already-a-slug");
        assertThat(call(new SlugFunction(), "!!!")).isEqualTo("");
    }

    @Test
    void formatDateWritesIsoTextOrEpochMillisWithAPatternInAZone() {
        FormatDateFunction format = new FormatDateFunction();

        assertThat(format.apply(List.of("2024-05-01T12:30:00Z", "yyyy-MM-dd HH:mm"))).isEqualTo("2024-05-01 12:30");
        assertThat(format.apply(List.of("2024-05-01T12:30:00Z", "HH:mm xxx", "Europe/Paris")))
                .isEqualTo("14:30 +02:00");
        assertThat(format.apply(List.of(0L, "yyyy-MM-dd'T'HH:mm:ss"))).isEqualTo("1970-01-01T00:00:00");
        assertThat(format.apply(List.of("2024-05-01", "EEE d MMM yyyy"))).isEqualTo("Wed 1 May 2024");
    }

    @Test
    void formatDateSaysWhatIsWrong() {
        FormatDateFunction format = new FormatDateFunction();

        assertThatThrownBy(() -> format.apply(List.of("yesterday", "yyyy")))
                .hasMessageContaining("'yesterday' is not an ISO-8601 date");
        assertThatThrownBy(() -> format.apply(List.of("2024-05-01", "yyyy", "Mars/Olympus")))
                .hasMessageContaining("unknown time zone 'Mars/Olympus'");
        assertThatThrownBy(() -> format.apply(List.of("2024-05-01", "{{bad")))
                .hasMessageContaining("invalid date pattern '{{bad'");
    }

    @Test
    void parseDateGivesAnIsoInstantInUtc() {
        ParseDateFunction parse = new ParseDateFunction();

        assertThat(parse.apply(List.of("01/05/2024", "dd/MM/yyyy"))).isEqualTo("2024-05-01T00:00:00Z");
        assertThat(parse.apply(List.of("2024-05-01 14:30", "yyyy-MM-dd HH:mm", "Europe/Paris")))
                .isEqualTo("2024-05-01T12:30:00Z");
        assertThat(parse.apply(List.of("2024-05-01 14:30 +0100", "yyyy-MM-dd HH:mm Z", "Europe/Paris")))
                .isEqualTo("2024-05-01T13:30:00Z");
        assertThatThrownBy(() -> parse.apply(List.of("May 1st", "dd/MM/yyyy")))
                .hasMessage("'May 1st' does not match the pattern 'dd/MM/yyyy'");
    }

    @Test
    void parseAndFormatRoundTrip() {
        Object instant = new ParseDateFunction().apply(List.of("2024-12-31 23:59:58", "yyyy-MM-dd HH:mm:ss"));

        assertThat(new FormatDateFunction().apply(List.of(instant, "yyyy-MM-dd HH:mm:ss")))
                .isEqualTo("2024-12-31 23:59:58");
    }

    @Test
    void jsonPathSelectsFromJsonTextOrValues() {
        JsonPathFunction jsonPath = new JsonPathFunction();
        String json = """
                {"store": {"book": [{"title": "A", "price": 8.95}, {"title": "B", "price": 12}],
                           "owner": {"name": "Ann"}}}""";

        assertThat(jsonPath.apply(List.of(json, "$.store.owner.name"))).isEqualTo("Ann");
        assertThat(jsonPath.apply(List.of(json, "$.store.book[1].price"))).isEqualTo(12);
        assertThat(jsonPath.apply(List.of(json, "$.store.book[-1].title"))).isEqualTo("B");
        assertThat(jsonPath.apply(List.of(json, "$.store.book[*].title"))).isEqualTo(List.of("A", "B"));
        assertThat(jsonPath.apply(List.of(json, "$..name"))).isEqualTo(List.of("Ann"));
        assertThat(jsonPath.apply(List.of(json, "$['store']['owner']"))).isEqualTo(Map.of("name", "Ann"));
        assertThat(jsonPath.apply(List.of(json, "$.store.missing"))).isNull();
        assertThat(jsonPath.apply(List.of(Map.of("xs", List.of(1, 2, 3, 4)), "$.xs[1:3]"))).isEqualTo(List.of(2, 3));
        assertThat(jsonPath.apply(List.of(List.of(1, 2, 3), "$[0,2]"))).isEqualTo(List.of(1, 3));
    }

    @Test
    void jsonPathRefusesWhatItDoesNotSupport() {
        JsonPathFunction jsonPath = new JsonPathFunction();

        assertThatThrownBy(() -> jsonPath.apply(List.of("{}", "$.a[?(@.b > 1)]")))
                .hasMessage("invalid JSONPath '$.a[?(@.b > 1)]': filters and scripts ([?(...)]) are not supported");
        assertThatThrownBy(() -> jsonPath.apply(List.of("{}", "a.b"))).hasMessageContaining("must start with $");
        assertThatThrownBy(() -> jsonPath.apply(List.of("{", "$.a"))).hasMessageStartingWith("argument 1 is not JSON");
        assertThatThrownBy(() -> jsonPath.apply(List.of("{}", "$.a["))).hasMessageContaining("is not closed");
    }

    @Test
    void everyFunctionDeclaresTheArgumentsItTakes() {
        List<ExpressionFunction> functions = List.of(new Sha256Function(), new Md5Function(), new Base64UrlFunction(),
                new Base64UrlDecodeFunction(), new UuidFunction(), new FormatDateFunction(), new ParseDateFunction(),
                new JsonPathFunction(), new UrlEncodeFunction(), new SlugFunction());

        assertThat(functions).extracting(ExpressionFunction::name).containsExactly("sha256", "md5", "base64url",
                "base64urlDecode", "uuid", "formatDate", "parseDate", "jsonPath", "urlEncode", "slug");
        assertThat(functions).allSatisfy(f -> assertThat(f.maxArity()).isGreaterThanOrEqualTo(f.minArity()));
    }

    private static Object call(ExpressionFunction function, Object... args) {
        return function.apply(Arrays.asList(args));
    }
}
