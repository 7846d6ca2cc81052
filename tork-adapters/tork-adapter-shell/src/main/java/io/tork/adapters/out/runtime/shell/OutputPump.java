package io.tork.adapters.out.runtime.shell;

import io.tork.application.port.out.RuntimeListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forwards a process's merged stdout and stderr to the listener as it comes, on a thread of its own, so the
 * pipe never fills up and blocks the script. The reader decodes incrementally, so a chunk never ends in the
 * middle of a character.
 */
final class OutputPump {
    private static final Logger log = LoggerFactory.getLogger(OutputPump.class);
    private static final int TAIL_LINES = 10;

    private final LastLines tail = new LastLines(TAIL_LINES);
    private final Thread thread;

    private OutputPump(InputStream output, RuntimeListener listener) {
        this.thread = Thread.ofVirtual().name("shell-output").start(() -> pump(output, listener));
    }

    static OutputPump start(InputStream output, RuntimeListener listener) {
        return new OutputPump(output, listener);
    }

    private void pump(InputStream output, RuntimeListener listener) {
        char[] buffer = new char[8192];
        try (Reader reader = new InputStreamReader(output, StandardCharsets.UTF_8)) {
            int read;
            while ((read = reader.read(buffer)) >= 0) {
                String chunk = new String(buffer, 0, read);
                tail.append(chunk);
                deliver(listener, chunk);
            }
        } catch (IOException e) {
            log.debug("output of a shell task ended early", e);
        }
    }

    private static void deliver(RuntimeListener listener, String chunk) {
        try {
            listener.log(chunk);
        } catch (RuntimeException e) {
            // Keep draining: a stalled pipe would block the script.
            log.warn("runtime listener failed to take task output", e);
        }
    }

    /**
     * Waits until every writer of the pipe has gone. Bounded, because a process that escaped the kill (it
     * changed its environment) could keep the pipe open for ever.
     *
     * @return whether all output was forwarded
     */
    boolean awaitEnd(Duration limit) throws InterruptedException {
        return thread.join(limit);
    }

    /** The last lines of output, for failure messages. */
    String lastLines() {
        return tail.text();
    }
}
