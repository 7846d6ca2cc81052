package io.tork.adapters.in.web.decode;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tork.adapters.in.web.error.ApiException;
import java.util.List;
import java.util.Map;

/**
 * Reads job and task documents strictly: unknown fields, values of the wrong type, duplicate keys and trailing
 * content are refused with a 400 that names the field, its path and its line. Domain records are built
 * directly from their components; the only naming help they need is {@link SpecNaming}.
 */
public final class DocumentDecoder {
    private final ObjectMapper json = strict(new ObjectMapper(new JsonFactory()));
    private final ObjectMapper yaml = strict(new ObjectMapper(new YAMLFactory()));

    public <T> T decode(Document document, Class<T> type) {
        ObjectMapper mapper = document.format() == DocumentFormat.JSON ? json : yaml;
        T value;
        try {
            value = mapper.readValue(document.text(), type);
        } catch (JsonProcessingException e) {
            throw new DecodeFailures(document, mapper.getFactory()).translate(e);
        } catch (RuntimeException e) {
            // SnakeYAML signals a few resource limits with its own unchecked exceptions
            if (e.getClass().getName().startsWith("org.yaml.snakeyaml")) {
                throw ApiException.badRequest("malformed YAML: " + DecodeFailures.firstLine(e.getMessage()));
            }
            throw e;
        }
        if (value == null) {
            throw ApiException.badRequest("the document is empty");
        }
        return value;
    }

    private static ObjectMapper strict(ObjectMapper mapper) {
        mapper.setPropertyNamingStrategy(new SpecNaming());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // `env: {A: }` in YAML means an empty value, as in the reference; a null list element is a mistake
        mapper.configOverride(Map.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.AS_EMPTY));
        mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        return mapper;
    }
}
