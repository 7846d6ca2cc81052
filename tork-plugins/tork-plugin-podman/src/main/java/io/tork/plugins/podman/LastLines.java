package io.tork.plugins.podman;

import java.util.ArrayDeque;
import java.util.Deque;

/** The last lines of a container's output (both streams), for the message of a failed step. */
final class LastLines {
    private static final int MAX_LINE_CHARS = 1000;

    private final int maxLines;
    private final Deque<String> lines = new ArrayDeque<>();
    private final StringBuilder partial = new StringBuilder();

    LastLines(int maxLines) {
        this.maxLines = maxLines;
    }

    synchronized void append(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                keep(partial.toString());
                partial.setLength(0);
            } else if (c != '\r' && partial.length() < MAX_LINE_CHARS) {
                partial.append(c);
            }
        }
    }

    /** The last lines, oldest first, joined by newlines; an unterminated last line counts. */
    synchronized String text() {
        Deque<String> result = new ArrayDeque<>(lines);
        if (!partial.isEmpty()) {
            result.addLast(partial.toString());
            if (result.size() > maxLines) result.removeFirst();
        }
        return String.join("\n", result);
    }

    private void keep(String line) {
        lines.addLast(line);
        if (lines.size() > maxLines) lines.removeFirst();
    }
}
