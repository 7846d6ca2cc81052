package io.tork.plugins.podman;

/** A step that failed: a non-zero exit, an image Podman cannot find, a mount it refuses… The message says which. */
final class PodmanException extends Exception {
    PodmanException(String message) {
        super(message);
    }
}
