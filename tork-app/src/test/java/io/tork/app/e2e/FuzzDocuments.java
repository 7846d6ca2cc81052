package io.tork.app.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.List;
import java.util.Random;

/**
 * An endless, reproducible stream of job documents for the fuzz test: generated from the grammar, mutated from
 * valid seed documents, or plain junk; YAML or JSON. No document contains text that the test treats as leaked
 * Java internals, so any such text in an answer came from the engine.
 */
final class FuzzDocuments {
    private static final List<String> YAML_TYPES = List.of("text/yaml", "application/x-yaml",
            "application/x-yaml; charset=utf-8", "text/yaml;charset=UTF-8");
    private static final List<String> JSON_TYPES = List.of("application/json", "application/json; charset=utf-8");

    record FuzzDocument(int index, String origin, String contentType, String text) {
        boolean isJson() {
            return contentType.startsWith("application/json");
        }
    }

    private final FuzzValues values;
    private final JobGrammar grammar;
    private final DocumentMutations mutations;
    private final List<String> yamlSeeds;
    private final List<String> jsonSeeds;
    private final ObjectMapper json = new ObjectMapper();
    private final ObjectMapper prettyJson = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());
    private int index;

    FuzzDocuments(long seed, List<String> validYamlSeeds) {
        this.values = new FuzzValues(new Random(seed));
        this.grammar = new JobGrammar(values);
        this.mutations = new DocumentMutations(values);
        this.yamlSeeds = List.copyOf(validYamlSeeds);
        this.jsonSeeds = validYamlSeeds.stream().map(this::asPrettyJson).toList();
    }

    FuzzDocument next() {
        FuzzDocument document;
        do {
            document = candidate(index);
        } while (!ErrorBodies.leakedInternals(document.text()).isEmpty());
        index++;
        return document;
    }

    private FuzzDocument candidate(int i) {
        boolean asJson = values.chance(0.4);
        String contentType = values.pick(asJson ? JSON_TYPES : YAML_TYPES);
        if (values.chance(0.05)) {
            return new FuzzDocument(i, "junk", contentType, junk());
        }
        if (values.chance(0.4)) {
            int seed = values.between(0, yamlSeeds.size() - 1);
            String original = (asJson ? jsonSeeds : yamlSeeds).get(seed);
            return new FuzzDocument(i, "mutated seed " + seed, contentType, mutations.mutate(original, asJson));
        }
        Object job = grammar.job();
        return new FuzzDocument(i, "grammar", contentType, write(asJson ? (values.chance(0.5) ? json : prettyJson) : yaml, job));
    }

    private String junk() {
        return switch (values.between(0, 4)) {
            case 0 -> values.garbageText();
            case 1 -> "[1, 2, 3]";
            case 2 -> "\"just a string\"";
            case 3 -> "name: x\ntasks:\n" + "  ".repeat(values.between(0, 3)) + values.garbageText();
            default -> "{".repeat(values.between(1, 50)) + "}".repeat(values.between(0, 50));
        };
    }

    private String asPrettyJson(String yamlText) {
        try {
            JsonNode tree = yaml.readTree(yamlText);
            return prettyJson.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("fuzz seed is not valid YAML", e);
        }
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
