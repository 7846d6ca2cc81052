package io.tork.archfixture.adapters.out.runtime.docker;

import com.github.dockerjava.api.DockerClient;

/** Uses docker-java where it belongs. */
public final class DockerThing {
    public DockerClient client() {
        return null;
    }
}
