package io.tork.adapters.out.plugin;

import io.tork.application.port.out.RuntimeFailure;
import io.tork.application.port.out.RuntimeListener;
import io.tork.application.port.out.TaskRuntime;
import io.tork.domain.task.Task;
import io.tork.plugin.api.RunListener;
import io.tork.plugin.api.RunOutcome;
import io.tork.plugin.api.RuntimePlugin;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A plugin's runtime as the engine's {@link TaskRuntime}: the task becomes a {@link io.tork.plugin.api.RunRequest},
 * the plugin's reports reach the worker, and whatever the plugin throws is translated here, so that a plugin's
 * failure is a task's failure and never the worker's.
 */
public final class PluginTaskRuntime implements TaskRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(PluginTaskRuntime.class);
    private static final int MAX_RESULT_BYTES = 64 * 1024;

    private final RuntimePlugin plugin;
    private final String name;
    private final RunRequests requests;

    /**
     * @param name the plugin runtime's name, read once when the plugin was loaded
     */
    public PluginTaskRuntime(RuntimePlugin plugin, String name, BindMountPolicy bindMounts) {
        this.plugin = plugin;
        this.name = name;
        this.requests = new RunRequests(name, bindMounts);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String run(Task task, RuntimeListener listener) throws RuntimeFailure, InterruptedException {
        var request = requests.of(task);
        Reports reports = new Reports(listener);
        try {
            RunOutcome outcome = PluginCalls.inPluginContext(plugin.getClass().getClassLoader(),
                    () -> plugin.run(request, reports));
            if (Thread.interrupted()) {
                throw new InterruptedException("task run interrupted");
            }
            return outcome == null ? "" : limited(outcome.result());
        } catch (InterruptedException e) {
            throw e;
        } catch (RuntimeFailure e) {
            throw e;
        } catch (Exception | LinkageError e) {
            if (Thread.interrupted()) {
                InterruptedException interrupted = new InterruptedException("task run interrupted");
                interrupted.initCause(e);
                throw interrupted;
            }
            throw new RuntimeFailure(name + ": " + describe(e), e);
        } finally {
            reports.close();
        }
    }

    @Override
    public boolean isHealthy() {
        try {
            return PluginCalls.inPluginContext(plugin, plugin::isHealthy);
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("health check of the {} runtime failed: {}", name, e.toString());
            return false;
        }
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        boolean planFailure = failure instanceof Exception && !(failure instanceof RuntimeException);
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        // A checked exception is the plugin reporting the task's failure; anything else is a bug worth its type.
        return planFailure ? message.strip() : failure.getClass().getSimpleName() + ": " + message.strip();
    }

    /** The API asks plugins for the first 64 KiB; a plugin that returns more is cut, at a character boundary. */
    private static String limited(String result) {
        byte[] bytes = result.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_RESULT_BYTES) {
            return result;
        }
        int end = MAX_RESULT_BYTES;
        while (end > 0 && (bytes[end] & 0xc0) == 0x80) {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    /** Forwards the plugin's reports until the run returns; later calls (a stray thread of the plugin) are dropped. */
    private static final class Reports implements RunListener {
        private final RuntimeListener listener;
        private final AtomicBoolean closed = new AtomicBoolean();

        Reports(RuntimeListener listener) {
            this.listener = listener;
        }

        @Override
        public void log(String text) {
            if (!closed.get() && text != null && !text.isEmpty()) {
                listener.log(text);
            }
        }

        @Override
        public void progress(double percent) {
            if (!closed.get() && Double.isFinite(percent)) {
                listener.progress(Math.max(0, Math.min(100, percent)));
            }
        }

        void close() {
            closed.set(true);
        }
    }
}
