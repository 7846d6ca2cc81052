package io.tork.application.testing;

import io.tork.application.port.out.WebhookSender;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every webhook call instead of making it. */
public final class RecordingWebhookSender implements WebhookSender {
    private final List<WebhookCall> calls = new CopyOnWriteArrayList<>();

    @Override
    public void send(WebhookCall call) {
        calls.add(call);
    }

    public List<WebhookCall> calls() {
        return List.copyOf(calls);
    }
}
