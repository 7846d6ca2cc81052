package io.tork.app.wiring;

import io.tork.adapters.out.broker.artemis.ArtemisBroker;
import io.tork.adapters.out.broker.artemis.ArtemisConfig;
import io.tork.adapters.out.broker.artemis.EmbeddedArtemis;
import io.tork.app.cli.CommandFailedException;
import io.tork.app.config.ArtemisBrokerConfig;
import io.tork.application.port.out.StoreException;

/** Starts or connects to the Artemis broker, turning failures into one line that says what to do. */
final class ArtemisStartup {
    private ArtemisStartup() {
    }

    /** Connects to the broker at {@code broker.artemis.url}, or starts it inside this process when embedded. */
    static BrokerBackend connect(ArtemisBrokerConfig config) {
        ArtemisBroker broker;
        try {
            broker = ArtemisBroker.start(adapterConfig(config, config.embedded()));
        } catch (StoreException e) {
            throw config.embedded() ? cannotStartEmbedded(config, e) : cannotConnect(config, e);
        }
        return new BrokerBackend(broker.messageQueue(), broker.eventBus(), broker::isHealthy, broker);
    }

    /** Runs the broker alone ({@code tork run broker}), listening on {@code broker.artemis.url}. */
    static EmbeddedArtemis serve(ArtemisBrokerConfig config) {
        try {
            return EmbeddedArtemis.start(adapterConfig(config, true));
        } catch (StoreException e) {
            throw cannotStartEmbedded(config, e);
        }
    }

    private static ArtemisConfig adapterConfig(ArtemisBrokerConfig config, boolean embedded) {
        return new ArtemisConfig(config.url(), embedded, config.dataDir(), config.username().orElse(null),
                config.password().orElse(null));
    }

    private static CommandFailedException cannotConnect(ArtemisBrokerConfig config, StoreException e) {
        return new CommandFailedException("cannot connect to the Artemis broker at " + config.url() + ": "
                + StartupMessages.detail(e) + " — start one with ./tork run broker or set broker.artemis.embedded = true",
                e);
    }

    private static CommandFailedException cannotStartEmbedded(ArtemisBrokerConfig config, StoreException e) {
        return new CommandFailedException("cannot start the embedded Artemis broker on " + config.url() + " (data in "
                + config.dataDir() + "): " + StartupMessages.detail(e)
                + " — is another broker using that port or folder? Change broker.artemis.url or broker.artemis.data-dir",
                e);
    }
}
