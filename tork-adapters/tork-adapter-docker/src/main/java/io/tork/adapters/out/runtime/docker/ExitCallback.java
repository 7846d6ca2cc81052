package io.tork.adapters.out.runtime.docker;

import com.github.dockerjava.api.model.WaitResponse;

/** Waits for a container to stop and keeps its exit code. */
final class ExitCallback extends StreamCallback<WaitResponse> {
    private volatile Integer exitCode;

    @Override
    public void onNext(WaitResponse response) {
        exitCode = response.getStatusCode();
    }

    /** The exit code, or {@code null} when the wait ended without one (the daemon went away…). */
    Integer exitCode() {
        return exitCode;
    }
}
