package io.tork.archfixture.cycle.b;

import io.tork.archfixture.cycle.a.Ping;

/** The other half of a package cycle. */
public final class Pong {
    public Ping answer() {
        return null;
    }
}
