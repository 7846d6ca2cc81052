package io.tork.adapters.out.runtime.shell;

import java.util.ArrayDeque;
import java.util.Deque;

/** Keeps the last few lines of a stream of text, for the failure message of a script that exits non-zero. */
final class LastLines {
    private final int capacity;
    private final Deque<String> lines = new ArrayDeque<>();
    private final StringBuilder partial = new StringBuilder();

    LastLines(int capacity) {
        this.capacity = capacity;
    }

    synchronized void append(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                keep(partial.toString());
                partial.setLength(0);
            } else {
                partial.append(c);
            }
        }
    }

    private void keep(String line) {
        lines.addLast(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        if (lines.size() > capacity) lines.removeFirst();
    }

    /** The kept lines joined by newlines, an unterminated last line included. */
    synchronized String text() {
        Deque<String> all = new ArrayDeque<>(lines);
        if (!partial.isEmpty()) {
            all.addLast(partial.toString());
            if (all.size() > capacity) all.removeFirst();
        }
        return String.join("\n", all);
    }
}
