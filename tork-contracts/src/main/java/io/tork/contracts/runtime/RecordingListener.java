package io.tork.contracts.runtime;

import io.tork.application.port.out.RuntimeListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what a runtime reported (output and progress), safe to read from the test thread while a run goes on. */
public final class RecordingListener implements RuntimeListener {
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

    public String logs() {
        return logs.toString();
    }

    public List<Double> progress() {
        return List.copyOf(progress);
    }
}
