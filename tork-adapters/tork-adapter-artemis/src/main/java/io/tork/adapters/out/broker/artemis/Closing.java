package io.tork.adapters.out.broker.artemis;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Releases broker resources on paths where a failure to release must not hide the failure being handled. */
final class Closing {
    private static final Logger log = LoggerFactory.getLogger(Closing.class);

    private Closing() {
    }

    static void quietly(AutoCloseable resource) {
        if (resource == null) return;
        try {
            resource.close();
        } catch (Exception e) {
            log.debug("closing {} failed: {}", resource, e.toString());
        }
    }
}
