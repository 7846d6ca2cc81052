package io.tork.app.logging;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;
import io.tork.app.config.LogFormat;
import io.tork.app.config.LogLevel;
import io.tork.app.config.LoggingConfig;

/**
 * Logback's configuration until the engine's own is loaded ({@code logging.*}, applied by {@link LoggingSetup}):
 * INFO and up, in the pretty format, on standard error. Set in code rather than in a {@code logback.xml} because
 * reading XML costs the engine a few hundred milliseconds of start-up. A file named by
 * {@code -Dlogback.configurationFile}, or a {@code logback-test.xml} or {@code logback.xml} on the class path (tests,
 * embedding), still wins.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_LOW_PRIORITY)
public final class StartupLogging extends ContextAwareBase implements Configurator {
    static final LoggingConfig DEFAULTS = new LoggingConfig(LogLevel.INFO, LogFormat.PRETTY);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty(ClassicConstants.CONFIG_FILE_PROPERTY) != null
                || resourceExists(ClassicConstants.TEST_AUTOCONFIG_FILE)
                || resourceExists(ClassicConstants.AUTOCONFIG_FILE)) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        LoggingSetup.apply(context, DEFAULTS);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private boolean resourceExists(String name) {
        return getClass().getClassLoader().getResource(name) != null;
    }
}
