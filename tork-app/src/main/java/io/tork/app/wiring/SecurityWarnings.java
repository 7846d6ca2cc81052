package io.tork.app.wiring;

import io.tork.app.config.WebConfig;
import io.tork.application.port.in.ManageUsersUseCase;
import io.tork.domain.user.User;
import java.net.InetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loud warnings about settings that expose the engine (SPEC §8). */
final class SecurityWarnings {
    private static final Logger log = LoggerFactory.getLogger(SecurityWarnings.class);

    private SecurityWarnings() {
    }

    static void onStart(String host, WebConfig web, ManageUsersUseCase users) {
        boolean exposed = !isLoopback(host);
        if (exposed && !web.auth().enabled()) {
            log.warn("*** The API listens on {} without authentication: anyone who can reach this address can run "
                    + "containers on this machine. Enable middleware.web.basicauth or middleware.web.keyauth, bind "
                    + "coordinator.address to localhost, or put the API behind an authenticating proxy. ***", host);
        } else if (exposed) {
            log.warn("The API listens on {} over plain HTTP: credentials cross the network unencrypted unless a "
                    + "TLS-terminating proxy sits in front of it.", host);
        }
        if (web.auth().basic() && users.users().stream().noneMatch(User::isActive)) {
            log.warn("Basic authentication is on but no user exists yet, so nobody can sign in with a password: set "
                    + "middleware.web.basicauth.admin.username and .password to create an administrator.");
        }
        if (web.cors().enabled() && web.cors().credentials() && web.cors().origins().contains("*")) {
            log.warn("middleware.web.cors allows credentials from any origin: any web page a signed-in user visits "
                    + "can call the API as that user. List the trusted origins in middleware.web.cors.origins.");
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
