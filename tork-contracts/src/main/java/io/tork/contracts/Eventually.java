package io.tork.contracts;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/** Waiting for asynchronous outcomes: checks often, gives up only after a bound that a working adapter never nears. */
public final class Eventually {
    public static final Duration PATIENCE = Duration.ofSeconds(20);

    private Eventually() {
    }

    public static ConditionFactory eventually() {
        return Awaitility.await().atMost(PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10));
    }
}
