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
import io.tork.app.config.LogLevel;
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

    /**
     * Loggers that write what goes over the wire to Docker (commands with their environment, request bodies,
     * registry credentials in headers) at DEBUG: they stay at WARN whatever the level, so that secret values never
     * reach a log.
     */
    private static final List<String> SECRET_BEARING = List.of(
            "com.github.dockerjava.core.command", "com.github.dockerjava.core.exec",
            "org.apache.hc.client5.http.wire", "org.apache.hc.client5.http.headers");

    private LoggingSetup() {
    }

    public static void apply(LoggingConfig config) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // another SLF4J binding is in charge (embedding): leave its configuration alone
        }
        apply(context, config);
    }

    /** Configures {@code context} itself: also usable while SLF4J is still being initialised. */
    static void apply(LoggerContext context, LoggingConfig config) {
        context.reset();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("console");
        console.setTarget("System.err");
        console.setEncoder(encoder(config.format(), context));
        console.start();

        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(console);
        applyLevel(context, config.level());
    }

    /** Sets the levels {@code logging.level} stands for, leaving the appenders alone. */
    public static void applyLevel(LogLevel configured) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) return;
        applyLevel(context, configured);
    }

    private static void applyLevel(LoggerContext context, LogLevel configured) {
        Level level = Level.toLevel(configured.name());
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(level);
        Level libraries = level.isGreaterOrEqual(Level.INFO) ? Level.WARN : level;
        CHATTY_LIBRARIES.forEach(name -> context.getLogger(name).setLevel(libraries));
        SECRET_BEARING.forEach(name -> context.getLogger(name).setLevel(Level.WARN));
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
