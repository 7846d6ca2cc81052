package io.tork.adapters.out.broker.artemis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;

/** Talks to the broker below the ports: sends bytes a Tork process would not, reads the dead letters. */
final class RawClient implements AutoCloseable {
    private final ArtemisConnection connection;
    private final ClientSession session;

    RawClient(String url) throws Exception {
        connection = ArtemisConnection.open(url, null, null);
        session = connection.autoCommitSession();
    }

    void send(String queue, String body) throws Exception {
        try (ClientProducer producer = session.createProducer()) {
            ClientMessage message = session.createMessage(true);
            message.getBodyBuffer().writeBytes(body.getBytes(StandardCharsets.UTF_8));
            producer.send(SimpleString.of(queue), message);
        }
    }

    /** The dead letters that came from {@code queue}, as {@code reason} texts; they stay in the dead letters. */
    List<String> deadLetterReasonsFrom(String queue) throws Exception {
        List<String> reasons = new ArrayList<>();
        String filter = Names.ORIGINAL_QUEUE + " = '" + queue + "'";
        try (ClientConsumer browser = session.createConsumer(SimpleString.of(Names.DEAD_LETTERS),
                SimpleString.of(filter), true)) {
            for (ClientMessage m = browser.receive(500); m != null; m = browser.receive(200)) {
                reasons.add(m.getStringProperty(Names.DEAD_LETTER_REASON));
            }
        }
        return reasons;
    }

    @Override
    public void close() {
        Closing.quietly(session);
        connection.close();
    }
}
