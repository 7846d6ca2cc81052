package io.tork.app.config;

import java.util.List;

/** The configuration cannot be used. The message lists every problem found, each naming its key. */
public final class ConfigException extends RuntimeException {
    private final List<String> problems;

    public ConfigException(String problem) {
        this(List.of(problem));
    }

    public ConfigException(List<String> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String describe(List<String> problems) {
        if (problems.size() == 1) {
            return "invalid configuration: " + problems.getFirst();
        }
        return "invalid configuration: " + problems.size() + " problems: " + String.join("; ", problems);
    }
}
