package io.tork.archfixture.cycle.a;

import io.tork.archfixture.cycle.b.Pong;

/** One half of a package cycle. */
public final class Ping {
    public Pong answer() {
        return null;
    }
}
