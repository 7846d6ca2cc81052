package io.tork.adapters.out.runtime.docker;

/** When the runtime pulls a task's image. */
public enum ImagePullPolicy {
    /** Pull before every container, even when the image is present. */
    ALWAYS,
    /** Pull only when no local image has that reference (the default, like the reference engine). */
    IF_NOT_PRESENT,
    /** Never pull: a missing image fails the task. */
    NEVER
}
