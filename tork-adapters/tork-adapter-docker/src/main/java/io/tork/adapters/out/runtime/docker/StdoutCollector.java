package io.tork.adapters.out.runtime.docker;

import com.github.dockerjava.api.model.Frame;
import java.io.ByteArrayOutputStream;

/** Collects the first bytes a finished container wrote to its standard output (not stderr). */
final class StdoutCollector extends StreamCallback<Frame> {
    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    StdoutCollector(int limit) {
        this.limit = limit;
    }

    @Override
    public synchronized void onNext(Frame frame) {
        byte[] payload = frame.getPayload();
        int room = limit - bytes.size();
        if (payload != null && room > 0) {
            bytes.write(payload, 0, Math.min(room, payload.length));
        }
    }

    synchronized byte[] bytes() {
        return bytes.toByteArray();
    }
}
