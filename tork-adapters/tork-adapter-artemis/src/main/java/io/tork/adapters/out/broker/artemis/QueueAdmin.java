package io.tork.adapters.out.broker.artemis;

import io.tork.application.port.out.QueueInfo;
import io.tork.application.port.out.StoreException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQExceptionType;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientRequestor;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSession.QueueQuery;
import org.apache.activemq.artemis.api.core.management.ManagementHelper;
import org.apache.activemq.artemis.api.core.management.ResourceNames;

/**
 * Declares, inspects and deletes queues: the queue query of the core protocol for what it tells, the broker's
 * management address for the rest (messages being delivered, the list of queues, deleting a queue that still has
 * consumers). Queues this process declared are remembered so that publishing does not ask the broker every time.
 */
final class QueueAdmin implements AutoCloseable {
    private static final String MANAGEMENT_ADDRESS = "activemq.management";
    private static final Duration MANAGEMENT_TIMEOUT = Duration.ofSeconds(10);

    private final ArtemisConnection connection;
    private final Set<String> declared = ConcurrentHashMap.newKeySet();
    private ClientSession session;
    private ClientRequestor management;

    QueueAdmin(ArtemisConnection connection) {
        this.connection = connection;
        connection.onReconnect(this::forgetDeclarations);
    }

    /** A durable anycast queue of that name on an address of the same name, so that messages wait for consumers. */
    void declareQueue(String name) {
        if (declared.contains(name)) return;
        synchronized (this) {
            create(QueueConfiguration.of(name).setAddress(name).setRoutingType(RoutingType.ANYCAST).setDurable(true)
                    .setAutoCreateAddress(true), "declare queue " + name);
            declared.add(name);
        }
    }

    /** The multicast address events are published to; subscribers bind their own queues to it. */
    synchronized void declareMulticastAddress(String address) {
        try {
            session().createAddress(SimpleString.of(address), RoutingType.MULTICAST, false);
        } catch (ActiveMQException e) {
            if (e.getType() != ActiveMQExceptionType.ADDRESS_EXISTS) throw failure("declare address " + address, e);
        }
    }

    /** A queue only this subscriber reads (of the events {@code filter} selects, all if null), removed by the broker when the subscriber's session ends. */
    static QueueConfiguration subscriberQueue(String name, String address, String filter) {
        QueueConfiguration queue = QueueConfiguration.of(name).setAddress(address).setRoutingType(RoutingType.MULTICAST)
                .setDurable(false).setTemporary(true);
        return filter == null ? queue : queue.setFilterString(filter);
    }

    synchronized Optional<QueueInfo> info(String name) {
        try {
            QueueQuery query = session().queueQuery(SimpleString.of(name));
            if (!isTorkQueue(query, name)) return Optional.empty();
            long delivering = queueAttribute(name, "deliveringCount");
            long waiting = Math.max(0, query.getMessageCount() - delivering);
            return Optional.of(new QueueInfo(name, waiting, query.getConsumerCount(), delivering));
        } catch (Exception e) {
            if (BrokerFailures.is(e, ActiveMQExceptionType.QUEUE_DOES_NOT_EXIST)) return Optional.empty();
            throw failure("inspect queue " + name, e);
        }
    }

    synchronized List<QueueInfo> all() {
        List<QueueInfo> infos = new ArrayList<>();
        for (String name : queueNames()) {
            if (!Names.isInternal(name)) info(name).ifPresent(infos::add);
        }
        return infos;
    }

    /** Removes the queue, its messages and its consumers (whose subscriptions attach again when they notice). */
    synchronized void delete(String name) {
        declared.remove(name);
        try {
            if (!isTorkQueue(session().queueQuery(SimpleString.of(name)), name)) return;
            invoke(ResourceNames.BROKER, "destroyQueue", name, true, true);
        } catch (Exception e) {
            throw failure("delete queue " + name, e);
        }
    }

    /** After a broker restart, queues this process declared may be gone with a broker that kept no journal. */
    private void forgetDeclarations() {
        declared.clear();
    }

    private static boolean isTorkQueue(QueueQuery query, String name) {
        return query.isExists() && query.getRoutingType() == RoutingType.ANYCAST && query.getAddress() != null
                && query.getAddress().toString().equals(name);
    }

    private void create(QueueConfiguration queue, String doing) {
        try {
            session().createQueue(queue);
        } catch (ActiveMQException e) {
            if (e.getType() != ActiveMQExceptionType.QUEUE_EXISTS) throw failure(doing, e);
        }
    }

    private List<String> queueNames() {
        try {
            Object result = request(ResourceNames.BROKER, "queueNames", null);
            Collection<?> names = result instanceof Object[] array ? Arrays.asList(array)
                    : result instanceof Collection<?> c ? c : List.of();
            return names.stream().map(String::valueOf).toList();
        } catch (Exception e) {
            throw failure("list queues", e);
        }
    }

    private long queueAttribute(String queue, String attribute) throws Exception {
        Object value = request(ResourceNames.QUEUE + queue, attribute, null);
        if (value instanceof Number n) return n.longValue();
        return Long.parseLong(String.valueOf(value));
    }

    private void invoke(String resource, String operation, Object... arguments) throws Exception {
        request(resource, operation, arguments);
    }

    /** An attribute read when {@code arguments} is null, else an operation call. */
    private Object request(String resource, String name, Object[] arguments) throws Exception {
        ClientSession s = session();
        ClientMessage message = s.createMessage(false);
        if (arguments == null) {
            ManagementHelper.putAttribute(message, resource, name);
        } else {
            ManagementHelper.putOperationInvocation(message, resource, name, arguments);
        }
        ClientMessage reply = management.request(message, MANAGEMENT_TIMEOUT.toMillis());
        if (reply == null) {
            throw new ActiveMQException(ActiveMQExceptionType.CONNECTION_TIMEDOUT,
                    "no answer from the broker's management within " + MANAGEMENT_TIMEOUT.toSeconds() + " s");
        }
        if (!ManagementHelper.hasOperationSucceeded(reply)) {
            throw new IllegalStateException(resource + " " + name + ": " + ManagementHelper.getResult(reply));
        }
        return ManagementHelper.getResult(reply);
    }

    private ClientSession session() throws ActiveMQException {
        if (connection.isClosed()) throw BrokerFailures.closed();
        if (session == null || session.isClosed()) {
            reset();
            session = connection.autoCommitSession();
            try {
                management = new ClientRequestor(session, MANAGEMENT_ADDRESS);
            } catch (Exception e) {
                reset();
                throw new ActiveMQException(ActiveMQExceptionType.GENERIC_EXCEPTION,
                        "could not reach the broker's management: " + e.getMessage(), e);
            }
        }
        return session;
    }

    private RuntimeException failure(String doing, Exception e) {
        if (connection.isClosed()) return BrokerFailures.closed();
        // a session broken by an outage is replaced on the next call rather than reused
        if (!(e instanceof ActiveMQException a) || a.getType() != ActiveMQExceptionType.QUEUE_EXISTS) reset();
        return e instanceof StoreException s ? s : BrokerFailures.translate(doing, e);
    }

    private void reset() {
        Closing.quietly(management);
        Closing.quietly(session);
        management = null;
        session = null;
    }

    @Override
    public synchronized void close() {
        reset();
    }
}
