package io.tork.plugins.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A compiled JSONPath expression over plain values (maps, lists, scalars). Supported: the root {@code $}, children
 * ({@code .name}, {@code ['name']}, {@code ['a','b']}), indexes ({@code [0]}, {@code [-1]}, {@code [0,2]}), slices
 * ({@code [1:3]}, {@code [:2]}, {@code [-2:]}), wildcards ({@code .*}, {@code [*]}) and recursive descent
 * ({@code ..name}, {@code ..*}). Filters ({@code [?(...)]}) and scripts are refused with a clear message.
 */
final class JsonPath {
    private final String text;
    private final List<Step> steps;

    private JsonPath(String text, List<Step> steps) {
        this.text = text;
        this.steps = List.copyOf(steps);
    }

    /** @throws IllegalArgumentException when the text is not a supported JSONPath expression */
    static JsonPath compile(String text) {
        return new JsonPath(text, new Parser(text).steps());
    }

    /** Whether the path names at most one value (no wildcard, slice, union or recursive descent). */
    boolean isDefinite() {
        return steps.stream().allMatch(Step::isDefinite);
    }

    /** Every value the path selects in {@code document}, in document order. */
    List<Object> select(Object document) {
        List<Object> current = new ArrayList<>();
        current.add(document);
        for (Step step : steps) {
            List<Object> next = new ArrayList<>();
            for (Object node : current) {
                step.apply(node, next);
            }
            current = next;
        }
        return current;
    }

    @Override
    public String toString() {
        return text;
    }

    /** One step of a path: from each node, the nodes it leads to. */
    private sealed interface Step permits Names, Indexes, Slice, Wildcard, Descent {
        void apply(Object node, List<Object> into);

        default boolean isDefinite() {
            return false;
        }
    }

    private record Names(List<String> names) implements Step {
        @Override
        public void apply(Object node, List<Object> into) {
            if (node instanceof Map<?, ?> map) {
                for (String name : names) {
                    if (map.containsKey(name)) into.add(map.get(name));
                }
            }
        }

        @Override
        public boolean isDefinite() {
            return names.size() == 1;
        }
    }

    private record Indexes(List<Integer> indexes) implements Step {
        @Override
        public void apply(Object node, List<Object> into) {
            if (node instanceof List<?> list) {
                for (int index : indexes) {
                    int at = index < 0 ? list.size() + index : index;
                    if (at >= 0 && at < list.size()) into.add(list.get(at));
                }
            }
        }

        @Override
        public boolean isDefinite() {
            return indexes.size() == 1;
        }
    }

    private record Slice(Integer start, Integer end) implements Step {
        @Override
        public void apply(Object node, List<Object> into) {
            if (node instanceof List<?> list) {
                int size = list.size();
                int from = clamp(start == null ? 0 : start, size);
                int to = clamp(end == null ? size : end, size);
                for (int i = from; i < to; i++) into.add(list.get(i));
            }
        }

        private static int clamp(int index, int size) {
            int at = index < 0 ? size + index : index;
            return Math.max(0, Math.min(size, at));
        }
    }

    private record Wildcard() implements Step {
        @Override
        public void apply(Object node, List<Object> into) {
            if (node instanceof Map<?, ?> map) into.addAll(map.values());
            else if (node instanceof List<?> list) into.addAll(list);
        }
    }

    /** {@code ..}: the step after it applies to the node and to every node below it. */
    private record Descent(Step then) implements Step {
        @Override
        public void apply(Object node, List<Object> into) {
            then.apply(node, into);
            if (node instanceof Map<?, ?> map) {
                for (Object child : map.values()) apply(child, into);
            } else if (node instanceof List<?> list) {
                for (Object child : list) apply(child, into);
            }
        }
    }

    /** A small recursive-descent parser of the supported syntax. */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text.strip();
        }

        List<Step> steps() {
            if (!text.startsWith("$")) {
                throw error("must start with $");
            }
            at = 1;
            List<Step> steps = new ArrayList<>();
            while (at < text.length()) {
                if (text.startsWith("..", at)) {
                    at += 2;
                    steps.add(new Descent(at < text.length() && text.charAt(at) == '[' ? bracket() : member()));
                } else if (text.charAt(at) == '.') {
                    at++;
                    steps.add(member());
                } else if (text.charAt(at) == '[') {
                    steps.add(bracket());
                } else {
                    throw error("unexpected '" + text.charAt(at) + "' at position " + (at + 1));
                }
            }
            return steps;
        }

        private Step member() {
            if (at < text.length() && text.charAt(at) == '*') {
                at++;
                return new Wildcard();
            }
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'
                    || text.charAt(at) == '-' || text.charAt(at) == '$')) {
                at++;
            }
            if (start == at) {
                throw error("a name is missing at position " + (at + 1));
            }
            return new Names(List.of(text.substring(start, at)));
        }

        private Step bracket() {
            int close = closingBracket();
            String inside = text.substring(at + 1, close).strip();
            at = close + 1;
            if (inside.equals("*")) {
                return new Wildcard();
            }
            if (inside.startsWith("?") || inside.startsWith("(")) {
                throw error("filters and scripts ([?(...)]) are not supported");
            }
            if (inside.startsWith("'") || inside.startsWith("\"")) {
                return new Names(quotedNames(inside));
            }
            if (inside.contains(":")) {
                return slice(inside);
            }
            List<Integer> indexes = new ArrayList<>();
            for (String part : inside.split(",", -1)) {
                indexes.add(integer(part));
            }
            return new Indexes(indexes);
        }

        private int closingBracket() {
            char quote = 0;
            for (int i = at + 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quote != 0) {
                    if (c == '\\') i++;
                    else if (c == quote) quote = 0;
                } else if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == ']') {
                    return i;
                }
            }
            throw error("a '[' is not closed");
        }

        private List<String> quotedNames(String inside) {
            List<String> names = new ArrayList<>();
            int i = 0;
            while (i < inside.length()) {
                char quote = inside.charAt(i);
                if (quote != '\'' && quote != '"') {
                    throw error("expected a quoted name in [" + inside + "]");
                }
                StringBuilder name = new StringBuilder();
                i++;
                while (i < inside.length() && inside.charAt(i) != quote) {
                    if (inside.charAt(i) == '\\' && i + 1 < inside.length()) i++;
                    name.append(inside.charAt(i++));
                }
                if (i >= inside.length()) {
                    throw error("a quoted name is not closed in [" + inside + "]");
                }
                names.add(name.toString());
                i++;
                while (i < inside.length() && Character.isWhitespace(inside.charAt(i))) i++;
                if (i < inside.length()) {
                    if (inside.charAt(i) != ',') throw error("expected ',' between names in [" + inside + "]");
                    i++;
                    while (i < inside.length() && Character.isWhitespace(inside.charAt(i))) i++;
                }
            }
            return names;
        }

        private Step slice(String inside) {
            String[] parts = inside.split(":", -1);
            if (parts.length > 3 || (parts.length == 3 && !parts[2].isBlank() && !parts[2].strip().equals("1"))) {
                throw error("slices with a step ([start:end:step]) are not supported");
            }
            return new Slice(parts[0].isBlank() ? null : integer(parts[0]),
                    parts[1].isBlank() ? null : integer(parts[1]));
        }

        private Integer integer(String part) {
            try {
                return Integer.parseInt(part.strip());
            } catch (NumberFormatException e) {
                throw error("'" + part.strip() + "' is not an index");
            }
        }

        private IllegalArgumentException error(String problem) {
            return new IllegalArgumentException("invalid JSONPath '" + text + "': " + problem);
        }
    }
}
