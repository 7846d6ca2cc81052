package io.tork.adapters.out.datastore.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.tork.application.port.out.StoreException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Where secrets sit in the stored documents, wherever the document nests them: the values of every
 * {@code secrets} map (a job's, its context's, a sub-job's, a scheduled job's), of every {@code env} map (task
 * environments, which hold rendered secrets), of every webhook's {@code headers} and every registry
 * {@code password}. With a key these are encrypted on write and decrypted on read; everything else (names,
 * states, tags: what searches read) stays plain.
 */
final class SecretFields {
    private static final Set<String> SECRET_MAPS = Set.of("secrets", "env", "headers");
    private static final String REGISTRY = "registry";
    private static final String PASSWORD = "password";

    private final Optional<SecretCipher> cipher;

    SecretFields(Optional<SecretCipher> cipher) {
        this.cipher = cipher;
    }

    boolean encrypts() {
        return cipher.isPresent();
    }

    JsonNode encrypt(JsonNode document) {
        cipher.ifPresent(c -> walk(document, c::encrypt));
        return document;
    }

    JsonNode decrypt(JsonNode document) {
        walk(document, this::reveal);
        return document;
    }

    private String reveal(String stored) {
        if (!SecretCipher.isEncrypted(stored)) return stored;
        return cipher.orElseThrow(() -> new StoreException("a stored secret is encrypted but datastore.encryption.key "
                + "is not set: set it to the key the secrets were encrypted with", false, null)).decrypt(stored);
    }

    private static void walk(JsonNode node, UnaryOperator<String> secret) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                JsonNode value = field.getValue();
                if (SECRET_MAPS.contains(field.getKey()) && value instanceof ObjectNode values) {
                    replaceText(values, secret);
                } else if (REGISTRY.equals(field.getKey()) && value instanceof ObjectNode registry) {
                    JsonNode password = registry.get(PASSWORD);
                    if (password != null && password.isTextual()) {
                        registry.set(PASSWORD, TextNode.valueOf(secret.apply(password.textValue())));
                    }
                } else {
                    walk(value, secret);
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(item -> walk(item, secret));
        }
    }

    private static void replaceText(ObjectNode values, UnaryOperator<String> secret) {
        for (Map.Entry<String, JsonNode> entry : values.properties()) {
            if (entry.getValue().isTextual()) {
                entry.setValue(TextNode.valueOf(secret.apply(entry.getValue().textValue())));
            }
        }
    }
}
