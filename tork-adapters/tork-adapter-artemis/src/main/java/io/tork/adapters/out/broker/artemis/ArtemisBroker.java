package io.tork.adapters.out.broker.artemis;

import io.tork.application.port.out.EventBus;
import io.tork.application.port.out.MessageQueue;
import java.time.Duration;

/**
 * The Artemis broker as this process uses it: a connection (and, when configured, the embedded broker it
 * connects to without the network), the {@link MessageQueue} and the {@link EventBus} over it. Closing stops the
 * consumers (waiting for the messages at hand), then the connection, then the embedded broker.
 */
public final class ArtemisBroker implements AutoCloseable {
    private static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(30);

    private final EmbeddedArtemis embedded;
    private final ArtemisConnection connection;
    private final QueueAdmin admin;
    private final Publisher publisher;
    private final ArtemisMessageQueue messageQueue;
    private final ArtemisEventBus eventBus;
    private final Duration shutdownGrace;

    private ArtemisBroker(EmbeddedArtemis embedded, ArtemisConnection connection, Duration shutdownGrace) {
        this.embedded = embedded;
        this.connection = connection;
        this.shutdownGrace = shutdownGrace;
        MessageCodec codec = new MessageCodec();
        this.admin = new QueueAdmin(connection);
        this.publisher = new Publisher(connection);
        this.messageQueue = new ArtemisMessageQueue(connection, admin, publisher, codec);
        this.eventBus = new ArtemisEventBus(connection, admin, publisher, codec);
    }

    public static ArtemisBroker start(ArtemisConfig config) {
        return start(config, DEFAULT_SHUTDOWN_GRACE);
    }

    /**
     * Starts the embedded broker if {@code config} asks for one, and connects to the broker.
     *
     * @param shutdownGrace how long {@link #close()} waits for handlers busy with a message
     */
    public static ArtemisBroker start(ArtemisConfig config, Duration shutdownGrace) {
        EmbeddedArtemis embedded = config.embedded() ? EmbeddedArtemis.start(config) : null;
        ArtemisConnection connection = null;
        try {
            String url = embedded == null ? config.url() : embedded.inVmUrl();
            connection = ArtemisConnection.open(url, config.username(), config.password());
            return new ArtemisBroker(embedded, connection, shutdownGrace);
        } catch (RuntimeException e) {
            if (connection != null) connection.close();
            if (embedded != null) embedded.close();
            throw e;
        }
    }

    public MessageQueue messageQueue() {
        return messageQueue;
    }

    public EventBus eventBus() {
        return eventBus;
    }

    /** Connected to the broker right now (false while reconnecting after an outage). */
    public boolean isHealthy() {
        return messageQueue.isHealthy();
    }

    @Override
    public void close() {
        messageQueue.close(shutdownGrace);
        eventBus.close(shutdownGrace);
        try {
            publisher.close();
            admin.close();
            connection.close();
        } finally {
            if (embedded != null) embedded.close();
        }
    }
}
