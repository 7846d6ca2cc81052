package io.tork.plugins.podman;

import io.tork.plugin.api.RunListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what a run reported, readable from the test thread while the run goes on. */
final class RecordingRunListener implements RunListener {
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
