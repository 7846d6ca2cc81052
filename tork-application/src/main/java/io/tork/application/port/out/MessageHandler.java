package io.tork.application.port.out;

/**
 * Consumes one message. Returning normally acknowledges it. Throwing tells the broker the message could not be
 * handled: a durable broker redelivers it a bounded number of times and then moves it aside (dead letter).
 */
@FunctionalInterface
public interface MessageHandler {
    void handle(Message message) throws Exception;
}
