package io.tork.adapters.in.web.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tork.application.port.out.QueueInfo;

@JsonInclude(JsonInclude.Include.ALWAYS)
public record QueueView(String name, long size, int subscribers, long unacked) {
    public static QueueView of(QueueInfo q) {
        return new QueueView(q.name(), q.size(), q.subscribers(), q.unacked());
    }
}
