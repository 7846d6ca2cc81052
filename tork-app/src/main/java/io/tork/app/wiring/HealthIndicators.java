package io.tork.app.wiring;

import io.tork.application.port.out.TaskRuntime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** The named checks behind {@code GET /health}: every backend this process uses. */
final class HealthIndicators {
    private HealthIndicators() {
    }

    static Map<String, BooleanSupplier> of(DatastoreBackend datastore, BrokerBackend broker) {
        Map<String, BooleanSupplier> health = new LinkedHashMap<>();
        health.put("broker", broker.health());
        health.put("datastore", datastore.health());
        return health;
    }

    static Map<String, BooleanSupplier> of(DatastoreBackend datastore, BrokerBackend broker, TaskRuntime runtime) {
        Map<String, BooleanSupplier> health = of(datastore, broker);
        health.put("runtime", runtime::isHealthy);
        return health;
    }
}
