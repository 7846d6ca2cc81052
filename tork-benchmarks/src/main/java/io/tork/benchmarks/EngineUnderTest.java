package io.tork.benchmarks;

import io.tork.app.cli.RunningEngine;
import java.util.ArrayList;
import java.util.List;

/** A running installation (one process's engines, or a broker, a coordinator and a worker) and its API port. */
final class EngineUnderTest implements AutoCloseable {
    private final List<RunningEngine> engines;
    private final int apiPort;

    EngineUnderTest(List<RunningEngine> engines, int apiPort) {
        this.engines = new ArrayList<>(engines);
        this.apiPort = apiPort;
    }

    int apiPort() {
        return apiPort;
    }

    EngineApi api() {
        return new EngineApi(apiPort);
    }

    /** Stops the engines in the reverse order of their start. */
    @Override
    public void close() {
        for (int i = engines.size() - 1; i >= 0; i--) engines.get(i).stop();
    }
}
