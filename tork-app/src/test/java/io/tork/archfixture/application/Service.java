package io.tork.archfixture.application;

import io.tork.archfixture.adapters.out.runtime.docker.DockerThing;

/** Breaks "application depends only on domain, JDK and slf4j" by reaching into an adapter. */
public final class Service {
    public DockerThing runtime() {
        return null;
    }
}
