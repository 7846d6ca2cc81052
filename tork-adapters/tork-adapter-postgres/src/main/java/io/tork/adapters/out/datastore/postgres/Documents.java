package io.tork.adapters.out.datastore.postgres;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.tork.application.port.out.StoreException;
import org.jooq.JSONB;

/**
 * Turns the immutable domain records into the JSONB documents kept in the {@code doc} columns and back. Only
 * record components are written: derived accessors such as {@code Task.isChild()} are not state. NUL characters,
 * which JSONB refuses, are dropped from every string. With an encryption key, the {@link SecretFields} of every
 * document are encrypted on the way in and decrypted on the way out.
 */
final class Documents {
    private static final String ESCAPED_NUL = "\\u0000";
    private static final String ENCRYPTED_STRING_START = "\"" + SecretCipher.PREFIX;
    private final SecretFields secrets;

    Documents(SecretFields secrets) {
        this.secrets = secrets;
    }

    Documents() {
        this(new SecretFields(java.util.Optional.empty()));
    }

    private final JsonMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // documents written by a newer version may carry fields this one does not know yet
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
            .visibility(PropertyAccessor.GETTER, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            // absent fields are left out, but map entries are kept whatever their value
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
            .build();

    JSONB write(Object value) {
        try {
            if (!secrets.encrypts()) {
                // the common case, written straight: only a document with a NUL character (which Jackson writes as
                // the escape \u0000) needs the walk over its tree
                String json = mapper.writeValueAsString(value);
                if (!json.contains(ESCAPED_NUL)) return JSONB.valueOf(json);
            }
            JsonNode tree = mapper.valueToTree(value);
            return JSONB.valueOf(mapper.writeValueAsString(secrets.encrypt(withoutNulCharacters(tree))));
        } catch (JsonProcessingException e) {
            throw new StoreException("can not write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), false, e);
        }
    }

    private static JsonNode withoutNulCharacters(JsonNode node) {
        if (node.isTextual()) {
            String text = node.textValue();
            return text.indexOf('\0') < 0 ? node : TextNode.valueOf(NulCharacters.strip(text));
        }
        if (node instanceof ObjectNode object) {
            object.properties().forEach(entry -> entry.setValue(withoutNulCharacters(entry.getValue())));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, withoutNulCharacters(array.get(i)));
            }
        }
        return node;
    }

    /** The document as JSON text, for a statement that binds it as {@code ?::jsonb}. */
    String json(Object value) {
        return write(value).data();
    }

    <T> T read(JSONB document, Class<T> type) {
        return read(document.data(), type);
    }

    <T> T read(String json, Class<T> type) {
        try {
            // without a key, and with no string that could be an encrypted secret, there is nothing to reveal
            if (!secrets.encrypts() && !json.contains(ENCRYPTED_STRING_START)) return mapper.readValue(json, type);
            return mapper.treeToValue(secrets.decrypt(mapper.readTree(json)), type);
        } catch (JsonProcessingException e) {
            throw new StoreException("can not read a stored " + type.getSimpleName() + ": " + e.getOriginalMessage(),
                    false, e);
        }
    }
}
