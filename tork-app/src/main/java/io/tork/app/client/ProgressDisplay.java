package io.tork.app.client;

import java.io.PrintWriter;

/**
 * Shows a job's progress as it changes: on a terminal one line redrawn in place, elsewhere (a pipe, a file, a CI
 * log) a new line only when something changed, so that logs stay readable.
 */
public final class ProgressDisplay {
    private final PrintWriter out;
    private final boolean terminal;
    private String shown = "";
    private int shownWidth;

    public ProgressDisplay(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    public void show(JobProgress progress) {
        String line = progress.line();
        if (line.equals(shown)) return;
        if (terminal) {
            out.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
        } else {
            out.println(line);
        }
        out.flush();
        shown = line;
        shownWidth = line.length();
    }

    /** Ends the redrawn line, so what follows starts on a line of its own. */
    public void finish() {
        if (terminal && !shown.isEmpty()) {
            out.println();
            out.flush();
        }
    }
}
