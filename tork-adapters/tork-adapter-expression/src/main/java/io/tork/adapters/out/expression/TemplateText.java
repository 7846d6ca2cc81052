package io.tork.adapters.out.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the {@code {{ expr }}} groups of a template (reference §7.1: non-greedy, on one line). */
final class TemplateText {
    static final Pattern GROUP = Pattern.compile("\\{\\{\\s*(.+?)\\s*}}");

    private TemplateText() {
    }

    /** One group: its text as written (for messages) and the expression inside. */
    record Group(String source, String expression) {
    }

    static List<Group> groups(String text) {
        List<Group> groups = new ArrayList<>();
        Matcher matcher = GROUP.matcher(text);
        while (matcher.find()) {
            groups.add(group(matcher));
        }
        return groups;
    }

    static Group group(Matcher matcher) {
        return new Group(matcher.group(), matcher.group(1).strip());
    }

    /** The expression of a standalone field: its first group when it has one, otherwise the whole text. */
    static Group expressionOf(String text) {
        Matcher matcher = GROUP.matcher(text);
        return matcher.find() ? group(matcher) : new Group(text, text.strip());
    }
}
