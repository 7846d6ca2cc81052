package io.tork.app.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

/** Reads a TOML file into flat keys: {@code [worker.queues] default = 1} becomes {@code worker.queues.default = 1}. */
final class TomlFile {
    private static final TomlMapper MAPPER = new TomlMapper();

    private TomlFile() {
    }

    static Map<String, Object> read(Path file) {
        Map<String, Object> tree;
        try {
            tree = MAPPER.readValue(file.toFile(), new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new ConfigException("config file " + file + " is not valid TOML: " + e.getOriginalMessage()
                    + where(e));
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
        }
        Map<String, Object> flat = new LinkedHashMap<>();
        flatten("", tree == null ? Map.of() : tree, flat);
        return flat;
    }

    private static void flatten(String prefix, Map<?, ?> table, Map<String, Object> into) {
        table.forEach((key, value) -> {
            String name = prefix + key;
            if (value instanceof Map<?, ?> nested) {
                flatten(name + ".", nested, into);
            } else {
                into.put(name, value);
            }
        });
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }
}
