package io.tork.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class StartupLoggingTest {
    @Test
    void logbackFindsItAsItsConfigurator() {
        assertThat(ServiceLoader.load(ch.qos.logback.classic.spi.Configurator.class).stream()
                .map(ServiceLoader.Provider::type)).contains(StartupLogging.class);
    }

    @Test
    void theDefaultsAreInfoOnStandardErrorWithChattyLibrariesQuieter() {
        LoggerContext context = new LoggerContext();
        try {
            StartupLogging.applyDefaults(context);

            Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
            assertThat(root.getLevel()).isEqualTo(Level.INFO);
            assertThat(root.getAppender("console")).isInstanceOfSatisfying(ConsoleAppender.class,
                    console -> assertThat(console.getTarget()).isEqualTo("System.err"));
            assertThat(context.getLogger("org.eclipse.jetty").getLevel()).isEqualTo(Level.WARN);
            assertThat(context.getLogger("org.pf4j").getLevel()).isEqualTo(Level.OFF);
        } finally {
            context.stop();
        }
    }

    @Test
    void aTestConfigurationOnTheClassPathIsLeftToLogback() {
        // this module's tests have a logback-test.xml
        LoggerContext context = new LoggerContext();
        try {
            StartupLogging configurator = new StartupLogging();
            configurator.setContext(context);

            assertThat(configurator.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("console")).isNull();
        } finally {
            context.stop();
        }
    }
}
