package io.tork.adapters.out.broker.artemis;

import io.tork.application.port.out.StoreException;
import java.util.Set;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnector;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A persistent Artemis broker inside this process: journal in {@link ArtemisConfig#dataDir()}, a TCP acceptor on
 * the URL's host and port for other processes, and an in-VM acceptor ({@link #inVmUrl()}) for this one. Messages
 * survive a restart on the same data folder.
 */
public final class EmbeddedArtemis implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedArtemis.class);
    /** Beyond the client's own limit ({@link QueueConsumer}): only reached when a client crashes repeatedly. */
    private static final int BROKER_MAX_DELIVERY_ATTEMPTS = 20;
    private static final String ROLE = "tork";

    private final ArtemisConfig config;
    private final EmbeddedActiveMQ server = new EmbeddedActiveMQ();
    private boolean running;

    private EmbeddedArtemis(ArtemisConfig config) {
        this.config = config;
    }

    /** Starts a broker as {@code config} describes; returns once it accepts connections. */
    public static EmbeddedArtemis start(ArtemisConfig config) {
        EmbeddedArtemis broker = new EmbeddedArtemis(config);
        broker.startServer();
        return broker;
    }

    /** The URL this process's clients use to reach the broker without the network. */
    public String inVmUrl() {
        return "vm://" + config.port();
    }

    public boolean isRunning() {
        return running;
    }

    private void startServer() {
        try {
            server.setConfiguration(configuration());
            server.setSecurityManager(securityManager());
            server.start();
            running = true;
            log.info("embedded Artemis broker listening on {}:{} with its journal in {}", config.host(),
                    config.port(), config.dataDir());
        } catch (Exception e) {
            stopQuietly();
            throw new StoreException("could not start the embedded Artemis broker on " + config.url() + ": "
                    + e.getMessage(), false, e);
        }
    }

    private Configuration configuration() throws Exception {
        String dir = config.dataDir().toAbsolutePath().toString();
        AddressSettings everyAddress = new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(Names.DEAD_LETTERS))
                // Tork sets no expiry on its messages; naming an address only silences a warning per queue
                .setExpiryAddress(SimpleString.of(Names.DEAD_LETTERS))
                .setMaxDeliveryAttempts(BROKER_MAX_DELIVERY_ATTEMPTS)
                .setAutoCreateDeadLetterResources(false);
        return new ConfigurationImpl()
                .setName("tork-embedded-" + config.port())
                .setPersistenceEnabled(true)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(dir + "/journal")
                .setBindingsDirectory(dir + "/bindings")
                .setPagingDirectory(dir + "/paging")
                .setLargeMessagesDirectory(dir + "/large-messages")
                .setNodeManagerLockDirectory(dir)
                .setJMXManagementEnabled(false)
                .setSecurityEnabled(config.username() != null)
                .addAcceptorConfiguration("tcp", "tcp://" + config.host() + ":" + config.port())
                .addAcceptorConfiguration("in-vm", inVmUrl())
                .addAddressSetting("#", everyAddress)
                .putSecurityRoles("#", allPermissions());
    }

    private ActiveMQJAASSecurityManager securityManager() {
        SecurityConfiguration users = new SecurityConfiguration();
        if (config.username() != null) {
            users.addUser(config.username(), config.password() == null ? "" : config.password());
            users.addRole(config.username(), ROLE);
        }
        return new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), users);
    }

    /** Every permission on every address for the one configured user. */
    private static Set<Role> allPermissions() {
        return Set.of(new Role(ROLE, true, true, true, true, true, true, true, true, true, true, true, true));
    }

    /**
     * Stops the broker and releases the thread pools Artemis keeps per JVM, without which the JVM lingers about a
     * minute after the last broker is gone. Clients of this process must be closed first.
     */
    @Override
    public void close() {
        stopQuietly();
    }

    private void stopQuietly() {
        try {
            server.stop();
        } catch (Exception e) {
            log.warn("the embedded Artemis broker did not stop cleanly: {}", e.toString());
        } finally {
            running = false;
            ActiveMQClient.clearThreadPools();
            InVMConnector.resetThreadPool();
        }
    }
}
