package io.tork.domain.spec;

/** An HTTP readiness check for a sidecar: {@code GET http://<sidecar>:<port><path>} must answer 200. */
public record Probe(String path, Integer port, String timeout) {
}
