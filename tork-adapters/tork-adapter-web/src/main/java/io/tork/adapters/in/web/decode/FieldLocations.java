package io.tork.adapters.in.web.decode;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each field and list element of a document starts, by path ({@code tasks[0].cmd}). Jackson reports a
 * binding error where its parser happens to stand, often a line past the offending key in YAML; this index lets an
 * error name the line the user actually wrote. Built only when an error is being reported.
 */
final class FieldLocations {
    private final Map<String, JsonLocation> byPath;

    private FieldLocations(Map<String, JsonLocation> byPath) {
        this.byPath = byPath;
    }

    static FieldLocations of(JsonFactory factory, String text) {
        Map<String, JsonLocation> found = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            if (parser.nextToken() != null) {
                walk(parser, "", found);
            }
        } catch (IOException e) {
            // a document that breaks further on still has useful locations for the part before the break
        }
        return new FieldLocations(found);
    }

    /** The location of {@code path}, or of its nearest ancestor that has one. */
    Optional<JsonLocation> find(String path) {
        String p = path;
        while (!p.isEmpty()) {
            JsonLocation location = byPath.get(p);
            if (location != null) return Optional.of(location);
            p = parentOf(p);
        }
        return Optional.empty();
    }

    private static String parentOf(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    private static void walk(JsonParser parser, String path, Map<String, JsonLocation> found) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String child = Paths.field(path, parser.currentName());
                found.putIfAbsent(child, parser.currentTokenLocation());
                parser.nextToken();
                walk(parser, child, found);
            }
        } else if (token == JsonToken.START_ARRAY) {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                String child = Paths.index(path, index++);
                found.putIfAbsent(child, parser.currentTokenLocation());
                walk(parser, child, found);
            }
        }
    }
}
