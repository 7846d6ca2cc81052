package io.tork.adapters.out.runtime.docker;

import io.tork.application.port.out.RuntimeFailure;
import io.tork.domain.common.Durations;
import io.tork.domain.spec.Probe;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A sidecar's readiness check (reference §4.2): {@code GET http://127.0.0.1:<published port><path>} every
 * 500 ms until it answers 200, within the probe's timeout (1 minute unless it says otherwise).
 */
final class SidecarProbe {
    private static final String DEFAULT_TIMEOUT = "1m";
    private static final Duration INTERVAL = Duration.ofMillis(500);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration LOG_DRAIN_LIMIT = Duration.ofSeconds(2);

    private final String sidecarName;
    private final int port;
    private final String path;
    private final String timeoutText;
    private final Duration timeout;

    private SidecarProbe(String sidecarName, int port, String path, String timeoutText, Duration timeout) {
        this.sidecarName = sidecarName;
        this.port = port;
        this.path = path;
        this.timeoutText = timeoutText;
        this.timeout = timeout;
    }

    /** @throws RuntimeFailure when the probe names no usable port or timeout */
    static SidecarProbe of(String sidecarName, Probe probe) throws RuntimeFailure {
        if (probe.port() == null || probe.port() < 1 || probe.port() > 65535) {
            throw new RuntimeFailure("sidecar '" + sidecarName + "' probe port must be between 1 and 65535");
        }
        String path = probe.path() == null || probe.path().isBlank() ? "/"
                : probe.path().startsWith("/") ? probe.path() : "/" + probe.path();
        String timeoutText = probe.timeout() == null || probe.timeout().isBlank() ? DEFAULT_TIMEOUT : probe.timeout();
        try {
            return new SidecarProbe(sidecarName, probe.port(), path, timeoutText, Durations.parse(timeoutText));
        } catch (IllegalArgumentException e) {
            throw new RuntimeFailure("sidecar '" + sidecarName + "' probe timeout: " + e.getMessage());
        }
    }

    String sidecarName() {
        return sidecarName;
    }

    /** The container port the probe calls. */
    int port() {
        return port;
    }

    /**
     * Returns once the sidecar answers 200 on {@code hostPort}.
     *
     * @throws RuntimeFailure when the timeout elapses first, or the sidecar stops before answering
     */
    void awaitReady(StartedContainer sidecar, int hostPort) throws RuntimeFailure, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + hostPort + path);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(REQUEST_TIMEOUT).build()) {
            while (true) {
                if (answersOk(http, uri)) {
                    return;
                }
                checkStillRunning(sidecar);
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new RuntimeFailure("sidecar '" + sidecarName + "' probe timed out after " + timeoutText);
                }
                Thread.sleep(Math.max(1, Math.min(INTERVAL.toMillis(), Duration.ofNanos(left).toMillis())));
            }
        }
    }

    private static boolean answersOk(HttpClient http, URI uri) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    /** A sidecar that stopped before it answered never will: say so now rather than at the timeout. */
    private void checkStillRunning(StartedContainer sidecar) throws RuntimeFailure, InterruptedException {
        if (sidecar.exit().await(Duration.ZERO)) {
            throw stopped(sidecar);
        }
    }

    /** The failure of a sidecar that stopped before its probe passed, with its last lines of output. */
    RuntimeFailure stopped(StartedContainer sidecar) throws InterruptedException {
        sidecar.exit().await(LOG_DRAIN_LIMIT);
        sidecar.logs().await(LOG_DRAIN_LIMIT);
        Integer exitCode = sidecar.exit().exitCode();
        return new RuntimeFailure("sidecar '" + sidecarName + "' stopped before its probe passed ("
                + (exitCode == null ? "exit code unknown" : "exit code " + exitCode) + "): " + sidecar.logs().tail());
    }
}
