package io.tork.adapters.out.runtime.docker;

import io.tork.application.port.out.RuntimeListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what a runtime reports; calls come from docker-java's stream threads. */
final class Recorder implements RuntimeListener {
    private final StringBuffer logs = new StringBuffer();
    private final List<Double> progress = new CopyOnWriteArrayList<>();

    @Override
    public void log(String text) {
        logs.append(text);
    }

    @Override
    public void progress(double percent) {
        progress.add(percent);
    }

    String logs() {
        return logs.toString();
    }

    List<Double> progress() {
        return List.copyOf(progress);
    }
}
