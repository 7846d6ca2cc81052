package io.tork.app.logging;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;
import io.tork.app.config.LogFormat;
import io.tork.app.config.LogLevel;
import io.tork.app.config.LoggingConfig;

/**
 * Logback's configuration until the engine's own is loaded ({@code logging.*}, applied by {@link LoggingSetup}):
 * INFO and up, in the pretty format, on standard error. Set in code rather than in a {@code logback.xml} because
 * reading XML costs the engine a few hundred milliseconds of start-up. A file named by
 * {@code -Dlogback.configurationFile} or a {@code logback-test.xml} on the class path (tests) still wins. No
 * {@code @ConfiguratorRank}: Logback reads it through a dynamic proxy, which the JVM cannot take from its AOT cache.
 */
public final class StartupLogging extends ContextAwareBase implements Configurator {
    private static final LoggingConfig DEFAULTS = new LoggingConfig(LogLevel.INFO, LogFormat.PRETTY);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty(ClassicConstants.CONFIG_FILE_PROPERTY) != null
                || getClass().getClassLoader().getResource(ClassicConstants.TEST_AUTOCONFIG_FILE) != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        applyDefaults(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    static void applyDefaults(LoggerContext context) {
        LoggingSetup.apply(context, DEFAULTS);
    }
}
