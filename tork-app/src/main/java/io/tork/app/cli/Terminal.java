package io.tork.app.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether standard output is a terminal a person watches (progress is then redrawn in place). */
final class Terminal {
    private Terminal() {
    }

    static boolean isInteractive() {
        Console console = System.console();
        if (console == null) return false;
        // since JDK 22 there is a console even when output is redirected; isTerminal() tells the two apart
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
