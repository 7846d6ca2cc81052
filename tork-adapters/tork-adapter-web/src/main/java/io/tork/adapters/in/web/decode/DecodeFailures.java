package io.tork.adapters.in.web.decode;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;
import io.tork.adapters.in.web.error.ApiException;
import io.tork.domain.validation.Violation;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns Jackson's failures into messages for the person who wrote the document: the field's path, what was
 * expected and the line, never a Java class name.
 */
final class DecodeFailures {
    private static final Pattern SOURCE_LOCATION = Pattern.compile("\\[Source:.*?; line: (\\d+), column: (\\d+)]");

    private final Document document;
    private final JsonFactory factory;
    private FieldLocations locations;

    DecodeFailures(Document document, JsonFactory factory) {
        this.document = document;
        this.factory = factory;
    }

    ApiException translate(JsonProcessingException e) {
        if (causedBy(e, StreamConstraintsException.class)) {
            return ApiException.badRequest("the document is too large or too deeply nested");
        }
        if (!causedBy(e, InputCoercionException.class)) {
            // a syntax error met while binding arrives wrapped with the path where it happened
            StreamReadException syntax = find(e, StreamReadException.class);
            if (syntax != null) return malformed(syntax);
        }
        if (e instanceof PropertyBindingException unknown) {
            return unknownField(unknown);
        }
        if (e instanceof InvalidNullException nul) {
            return fieldProblem(nul, "must not be null");
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mismatch(mismatch);
        }
        if (e instanceof JsonMappingException mapping) {
            String problem = causedBy(e, InputCoercionException.class) ? "number is out of range" : "invalid value";
            return fieldProblem(mapping, problem);
        }
        return ApiException.badRequest("could not read the document" + where("", e.getLocation()));
    }

    private ApiException unknownField(PropertyBindingException e) {
        String path = Paths.of(e.getPath());
        String holder = Paths.parent(path);
        String message = "unknown field '" + e.getPropertyName() + "'" + (holder.isEmpty() ? "" : " at " + holder)
                + where(path, e.getLocation());
        return new ApiException(400, message, List.of(new Violation(path, "unknown field")));
    }

    private ApiException mismatch(MismatchedInputException e) {
        String path = Paths.of(e.getPath());
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (path.isEmpty()) {
            if (original.startsWith("Trailing token")) {
                return ApiException.badRequest("unexpected content after the end of the document" + where("", e.getLocation()));
            }
            if (original.startsWith("No content to map")) {
                return ApiException.badRequest("the document is empty");
            }
            return ApiException.badRequest("the document must be an object (a map of fields)" + where("", e.getLocation()));
        }
        return fieldProblem(e, "expected " + describe(e.getTargetType()));
    }

    private ApiException fieldProblem(JsonMappingException e, String problem) {
        String path = Paths.of(e.getPath());
        if (path.isEmpty()) {
            return ApiException.badRequest("the document: " + problem + where("", e.getLocation()));
        }
        return new ApiException(400, path + ": " + problem + where(path, e.getLocation()),
                List.of(new Violation(path, problem)));
    }

    private ApiException malformed(StreamReadException e) {
        String detail;
        if (e instanceof JacksonYAMLParseException && e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked) {
            detail = marked.getProblem();
        } else {
            detail = readable(e.getOriginalMessage());
        }
        String message = "malformed " + document.format().displayName()
                + (detail.isBlank() ? "" : ": " + detail) + where("", e.getLocation());
        return ApiException.badRequest(message);
    }

    /** " (line 5, column 3)" for the field at {@code path}, else for Jackson's own location; empty if neither is known. */
    private String where(String path, JsonLocation fallback) {
        JsonLocation location = path.isEmpty() ? null : locations().find(path).orElse(null);
        if (location == null) location = fallback;
        if (location == null || location.getLineNr() <= 0) return "";
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private FieldLocations locations() {
        if (locations == null) {
            locations = FieldLocations.of(factory, document.text());
        }
        return locations;
    }

    private static String describe(Class<?> type) {
        if (type == null) return "another kind of value";
        if (type == String.class || type == Character.class) return "text";
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) return "a whole number";
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) return "a number";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (Collection.class.isAssignableFrom(type) || type.isArray()) return "a list";
        if (Map.class.isAssignableFrom(type)) return "a map";
        return "an object";
    }

    /** Jackson's parser message without its source description; replaced entirely if it still names Java types. */
    private static String readable(String original) {
        if (original == null) return "";
        String text = firstLine(SOURCE_LOCATION.matcher(original).replaceAll("line $1, column $2"));
        boolean javaish = text.contains("`") || text.contains("com.fasterxml") || text.contains("java.")
                || text.contains("org.yaml");
        return javaish ? "unexpected content" : text;
    }

    static String firstLine(String text) {
        if (text == null) return "";
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).trim();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return find(e, type) != null;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
        }
        return null;
    }
}
