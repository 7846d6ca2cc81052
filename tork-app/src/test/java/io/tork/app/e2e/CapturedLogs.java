package io.tork.app.e2e;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * Everything the engine logs under {@code io.tork}, down to DEBUG, kept in memory (and kept off the console) while
 * open, so a test can search it for values that must never be logged.
 */
final class CapturedLogs extends AppenderBase<ILoggingEvent> implements AutoCloseable {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger("io.tork");
    private final Level previousLevel;
    private final boolean previousAdditivity;

    private CapturedLogs() {
        previousLevel = logger.getLevel();
        previousAdditivity = logger.isAdditive();
    }

    static CapturedLogs capture() {
        CapturedLogs logs = new CapturedLogs();
        logs.setContext(logs.logger.getLoggerContext());
        logs.start();
        logs.logger.addAppender(logs);
        logs.logger.setLevel(Level.DEBUG);
        logs.logger.setAdditive(false);
        return logs;
    }

    @Override
    protected void append(ILoggingEvent event) {
        String line = event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage();
        if (event.getThrowableProxy() != null) line += "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
        lines.add(line);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        logger.detachAppender(this);
        logger.setLevel(previousLevel);
        logger.setAdditive(previousAdditivity);
        stop();
    }
}
