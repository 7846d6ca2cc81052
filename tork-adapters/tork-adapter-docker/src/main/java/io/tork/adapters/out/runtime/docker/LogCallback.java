package io.tork.adapters.out.runtime.docker;

import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import io.tork.application.port.out.RuntimeListener;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a container's stdout and stderr to the listener as Docker sends them (docker-java has already taken the
 * 8-byte frame headers off), and remembers the last lines for a failure message.
 */
final class LogCallback extends StreamCallback<Frame> {
    private static final Logger LOG = LoggerFactory.getLogger(LogCallback.class);
    private static final int TAIL_LINES = 10;

    private final RuntimeListener listener;
    private final LogTail tail = new LogTail(TAIL_LINES);
    private final Map<StreamType, Utf8StreamDecoder> decoders = new EnumMap<>(StreamType.class);

    LogCallback(RuntimeListener listener) {
        this.listener = listener;
    }

    @Override
    public void onNext(Frame frame) {
        Utf8StreamDecoder decoder = decoders.computeIfAbsent(frame.getStreamType(), t -> new Utf8StreamDecoder());
        deliver(decoder.decode(frame.getPayload()));
    }

    @Override
    public void onComplete() {
        decoders.values().forEach(decoder -> deliver(decoder.finish()));
        super.onComplete();
    }

    /** The last lines of output seen so far. */
    String tail() {
        return tail.text();
    }

    private void deliver(String text) {
        if (text.isEmpty()) {
            return;
        }
        tail.append(text);
        try {
            listener.log(text);
        } catch (RuntimeException e) {
            // A failing log sink must not stop the task nor the stream feeding it.
            LOG.warn("task log listener failed", e);
        }
    }
}
