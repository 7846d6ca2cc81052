package io.tork.adapters.out.runtime.shell;

import io.tork.application.port.out.RuntimeListener;

/**
 * Passes output on and keeps its first 64 KiB: the result of a seed-API task that wrote nothing to
 * {@code $TORK_OUTPUT}. The shell runtime merges stderr into stdout, so both count here.
 */
final class OutputHead implements RuntimeListener {
    static final int LIMIT = 64 * 1024;
    private final RuntimeListener next;
    private final StringBuilder head = new StringBuilder();

    OutputHead(RuntimeListener next) {
        this.next = next;
    }

    @Override
    public void log(String text) {
        synchronized (head) {
            if (head.length() < LIMIT) head.append(text, 0, Math.min(text.length(), LIMIT - head.length()));
        }
        next.log(text);
    }

    @Override
    public void progress(double percent) {
        next.progress(percent);
    }

    String text() {
        synchronized (head) {
            return head.toString();
        }
    }
}
