package io.tork.app.wiring;

import java.net.InetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loud warnings about settings that expose the engine (SPEC §8). */
final class SecurityWarnings {
    private static final Logger log = LoggerFactory.getLogger(SecurityWarnings.class);

    private SecurityWarnings() {
    }

    /** The API has no authentication yet: say so when it listens beyond this machine. */
    static void onStart(String host) {
        if (!isLoopback(host)) {
            log.warn("*** The API listens on {} without authentication: anyone who can reach this address can run "
                    + "containers on this machine. Bind coordinator.address to localhost or put the API behind an "
                    + "authenticating proxy. ***", host);
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (Exception e) {
            return false;
        }
    }
}
