package io.tork.archfixture.app;

/** Stands for the composition root. */
public final class Launcher {
}
