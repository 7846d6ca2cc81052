package io.tork.adapters.out.broker.artemis;

import io.tork.application.port.out.StoreException;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQExceptionType;

/** Artemis failures as the ports' exception: lost connections and timeouts are worth retrying, the rest is not. */
final class BrokerFailures {
    private BrokerFailures() {
    }

    static StoreException translate(String doing, Exception e) {
        boolean retryable = !(e instanceof ActiveMQException a) || isTransient(a.getType());
        return new StoreException("Artemis broker: could not " + doing + ": " + e.getMessage(), retryable, e);
    }

    static StoreException unreachable(String address) {
        return new StoreException("Artemis broker: could not send a message to " + address
                + ": the connection is lost and being re-established", true, null);
    }

    /** The caller was interrupted while waiting to talk to the broker: nothing was sent. */
    static StoreException interrupted(String doing, InterruptedException e) {
        return new StoreException("Artemis broker: interrupted while waiting to " + doing, true, e);
    }

    static StoreException closed() {
        return new StoreException("broker is terminated", false, null);
    }

    private static boolean isTransient(ActiveMQExceptionType type) {
        return switch (type) {
            case CONNECTION_TIMEDOUT, NOT_CONNECTED, DISCONNECTED, UNBLOCKED, OBJECT_CLOSED, SESSION_CREATION_REJECTED,
                 TRANSACTION_ROLLED_BACK, TRANSACTION_OUTCOME_UNKNOWN, ADDRESS_FULL, REMOTE_DISCONNECT -> true;
            default -> false;
        };
    }

    static boolean is(Exception e, ActiveMQExceptionType type) {
        return e instanceof ActiveMQException a && a.getType() == type;
    }
}
