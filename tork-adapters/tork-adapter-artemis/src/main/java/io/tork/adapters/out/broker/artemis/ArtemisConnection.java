package io.tork.adapters.out.broker.artemis;

import io.tork.application.port.out.StoreException;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.FailoverEventType;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection to the broker, shared by every session of this process. Artemis reconnects it by itself after
 * an outage (forever, with a growing pause) and re-creates the sessions and consumers on it, so subscriptions
 * resume on their own; meanwhile the connection reports itself unhealthy.
 *
 * <p>Locator parameters given in the URL's query win over the defaults set here.
 */
final class ArtemisConnection implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ArtemisConnection.class);
    /** Unconfirmed sends the client keeps to resend after reattaching; Artemis' usual size. */
    private static final int CONFIRMATION_WINDOW_BYTES = 1024 * 1024;

    private final String url;
    private final String username;
    private final String password;
    private final ServerLocator locator;
    private final ClientSessionFactory factory;
    private final AtomicBoolean connected = new AtomicBoolean(true);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final List<Runnable> reconnectListeners = new CopyOnWriteArrayList<>();

    private ArtemisConnection(String url, String username, String password, ServerLocator locator,
                              ClientSessionFactory factory) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.locator = locator;
        this.factory = factory;
        factory.addFailoverListener(this::onFailoverEvent);
    }

    static ArtemisConnection open(String url, String username, String password) {
        ServerLocator locator = null;
        try {
            locator = ActiveMQClient.createServerLocator(url);
            applyDefaults(locator, parametersIn(url), url.startsWith("vm:"));
            return new ArtemisConnection(url, username, password, locator, locator.createSessionFactory());
        } catch (Exception e) {
            if (locator != null) locator.close();
            throw new StoreException("could not connect to the Artemis broker at " + url + ": " + e.getMessage(),
                    true, e);
        }
    }

    private static void applyDefaults(ServerLocator locator, Set<String> given, boolean inVm) {
        // over the network: pools of its own, shut down with the locator, rather than Artemis' per-JVM pools that
        // outlive it. In-VM: the per-JVM pools, which still serve the broker's last callbacks to this client when
        // the embedded broker stops after it; EmbeddedArtemis releases them then.
        if (!given.contains("useGlobalPools") && !inVm) locator.setUseGlobalPools(false);
        if (!given.contains("reconnectAttempts")) locator.setReconnectAttempts(-1);
        if (!given.contains("initialConnectAttempts")) locator.setInitialConnectAttempts(5);
        if (!given.contains("retryInterval")) locator.setRetryInterval(500);
        if (!given.contains("retryIntervalMultiplier")) locator.setRetryIntervalMultiplier(2.0);
        if (!given.contains("maxRetryInterval")) locator.setMaxRetryInterval(10_000);
        if (!given.contains("clientFailureCheckPeriod")) locator.setClientFailureCheckPeriod(5_000);
        if (!given.contains("connectionTTL")) locator.setConnectionTTL(15_000);
        // The broker confirms each durable send once it is in its journal (Publisher waits for that where the
        // caller needs it); a send that blocked instead would hold its session for a disk sync.
        if (!given.contains("blockOnDurableSend")) locator.setBlockOnDurableSend(false);
        if (!given.contains("confirmationWindowSize")) locator.setConfirmationWindowSize(CONFIRMATION_WINDOW_BYTES);
    }

    private static Set<String> parametersIn(String url) {
        Set<String> names = new HashSet<>();
        String query = URI.create(url).getRawQuery();
        if (query == null) return names;
        for (String pair : query.split("[&;]")) {
            int eq = pair.indexOf('=');
            names.add(eq < 0 ? pair : pair.substring(0, eq));
        }
        return names;
    }

    private void onFailoverEvent(FailoverEventType event) {
        switch (event) {
            case FAILURE_DETECTED -> {
                connected.set(false);
                log.warn("lost the connection to the Artemis broker at {}; reconnecting", url);
            }
            case FAILOVER_COMPLETED -> {
                reconnectListeners.forEach(Runnable::run);
                connected.set(true);
                log.info("reconnected to the Artemis broker at {}", url);
            }
            case FAILOVER_FAILED -> {
                connected.set(false);
                log.error("gave up reconnecting to the Artemis broker at {}", url);
            }
        }
    }

    /** Runs {@code listener} after each reconnection, before the connection reports itself healthy again. */
    void onReconnect(Runnable listener) {
        reconnectListeners.add(listener);
    }

    /** Sends commit themselves and acknowledgements wait for {@link ClientSession#commit()}: for consumers. */
    ClientSession transactedSession() throws ActiveMQException {
        return started(factory.createSession(username, password, false, false, false, false, 0));
    }

    /** Every send and acknowledgement takes effect at once. */
    ClientSession autoCommitSession() throws ActiveMQException {
        return started(factory.createSession(username, password, false, true, true, false, 0));
    }

    private static ClientSession started(ClientSession session) throws ActiveMQException {
        session.start();
        return session;
    }

    boolean isConnected() {
        return !closed.get() && connected.get() && !factory.isClosed();
    }

    boolean isClosed() {
        return closed.get();
    }

    String url() {
        return url;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        try {
            factory.close();
        } finally {
            locator.close();
        }
    }
}
