package io.tork.plugins.functions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tork.plugin.api.ExpressionFunction;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * {@code jsonPath(json, path)}: the values a JSONPath expression selects in a JSON document, given as JSON text or
 * as a value ({@code fromJSON(...)}, {@code inputs.x}). A definite path ({@code $.a.b[0]}) gives its value, or null
 * when the document has none there; any other path ({@code $.items[*].id}, {@code $..id}) gives the list of every
 * value it selects. See {@link JsonPath} for the syntax.
 */
@Extension
public final class JsonPathFunction implements ExpressionFunction {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @Override
    public String name() {
        return "jsonPath";
    }

    @Override
    public int minArity() {
        return 2;
    }

    @Override
    public int maxArity() {
        return 2;
    }

    @Override
    public Object apply(List<Object> args) {
        JsonPath path = JsonPath.compile(Args.text(args, 1));
        List<Object> selected = path.select(document(args.get(0)));
        if (path.isDefinite()) {
            return selected.isEmpty() ? null : selected.getFirst();
        }
        return selected;
    }

    private static Object document(Object value) {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return value;
        }
        if (value instanceof String text) {
            try {
                return JSON.readValue(text, Object.class);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("argument 1 is not JSON: " + e.getOriginalMessage());
            }
        }
        throw new IllegalArgumentException("argument 1 must be JSON text, a map or a list, got " + Args.describe(value));
    }
}
