package io.tork.archfixture.adapters.out.runtime.shell;

import io.javalin.Javalin;
import io.tork.archfixture.adapters.out.runtime.docker.DockerThing;

/** Breaks adapter independence (shell uses Docker, a sibling under the same role) and Javalin's confinement. */
public final class ShellThing {
    public DockerThing sibling() {
        return null;
    }

    public Javalin server() {
        return null;
    }
}
