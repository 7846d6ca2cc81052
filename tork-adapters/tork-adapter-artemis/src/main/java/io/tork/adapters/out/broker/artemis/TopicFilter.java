package io.tork.adapters.out.broker.artemis;

/**
 * An event pattern as a broker-side filter, so that a subscriber's queue only receives matching events: {@code *}
 * (any run of characters, dots included) becomes LIKE's {@code %}; LIKE's own wildcards and quotes in the pattern
 * are escaped so they match only themselves.
 */
final class TopicFilter {
    private static final char ESCAPE = '!';

    private TopicFilter() {
    }

    static String of(String pattern) {
        StringBuilder like = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> like.append('%');
                case '%', '_', ESCAPE -> like.append(ESCAPE).append(c);
                case '\'' -> like.append("''");
                default -> like.append(c);
            }
        }
        return Names.TOPIC + " LIKE '" + like + "' ESCAPE '" + ESCAPE + "'";
    }
}
