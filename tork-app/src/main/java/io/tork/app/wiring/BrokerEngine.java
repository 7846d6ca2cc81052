package io.tork.app.wiring;

import io.tork.app.cli.RunningEngine;
import io.tork.app.cli.VersionProvider;
import io.tork.app.config.TorkConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code tork run broker} starts: only a persistent Artemis broker listening on {@code broker.artemis.url},
 * with its journal in {@code broker.artemis.data-dir}, for coordinators and workers on other machines.
 */
public final class BrokerEngine implements RunningEngine {
    private static final Logger log = LoggerFactory.getLogger(BrokerEngine.class);
    private final Lifecycle lifecycle;

    private BrokerEngine(Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public static BrokerEngine start(TorkConfig config) throws Exception {
        return Lifecycle.starting(lifecycle -> {
            lifecycle.remember(ArtemisStartup.serve(config.broker().artemis()));
            log.info("Tork {} broker: Artemis listening on {}, journal in {}", VersionProvider.version(),
                    config.broker().artemis().url(), config.broker().artemis().dataDir().toAbsolutePath());
            return new BrokerEngine(lifecycle);
        });
    }

    @Override
    public void awaitTermination() throws InterruptedException {
        lifecycle.awaitTermination();
    }

    @Override
    public void stop() {
        lifecycle.stop();
    }
}
