package io.tork.app.logging;

import java.util.List;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;

import io.tork.app.config.LogFormat;
import io.tork.app.config.LoggingConfig;

/**
 * Applies {@code logging.level} and {@code logging.format} to Logback. Logs go to standard error so that standard
 * output stays free for what commands print.
 */
public final class LoggingSetup {
    /** The concise one-line format of {@code pretty} logs. */
    public static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";

    /** Libraries that are chatty at INFO; they log at WARN unless the operator asks for debug output. */
    private static final List<String> CHATTY_LIBRARIES = List.of(
            "io.javalin", "org.eclipse.jetty", "com.github.dockerjava", "org.apache.hc",
            "org.apache.activemq", "org.jooq", "com.zaxxer.hikari");
    /**
     * PF4J logs a broken plugin's failure with its stack trace; the plugin host reports each on one line naming the
     * plugin, so PF4J speaks only when the operator asks for debug output.
     */
    private static final String PF4J = "org.pf4j";

    private LoggingSetup() {
    }

    public static void apply(LoggingConfig config) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // another SLF4J binding is in charge (embedding): leave its configuration alone
        }
        context.reset();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("console");
        console.setTarget("System.err");
        console.setEncoder(encoder(config.format(), context));
        console.start();

        Level level = Level.toLevel(config.level().name());
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(level);
        root.addAppender(console);
        Level libraries = level.isGreaterOrEqual(Level.INFO) ? Level.WARN : level;
        CHATTY_LIBRARIES.forEach(name -> context.getLogger(name).setLevel(libraries));
        context.getLogger(PF4J).setLevel(level.isGreaterOrEqual(Level.INFO) ? Level.OFF : level);
    }

    private static Encoder<ILoggingEvent> encoder(LogFormat format, LoggerContext context) {
        return switch (format) {
            case PRETTY -> {
                PatternLayoutEncoder pattern = new PatternLayoutEncoder();
                pattern.setContext(context);
                pattern.setPattern(PATTERN);
                pattern.start();
                yield pattern;
            }
            case JSON -> {
                JsonEncoder json = new JsonEncoder();
                json.setContext(context);
                json.setWithMessage(false);
                json.setWithFormattedMessage(true);
                json.setWithArguments(false);
                json.setWithSequenceNumber(false);
                json.setWithNanoseconds(false);
                json.start();
                yield json;
            }
        };
    }
}
