package io.tork.application.port.out;

/** A running consumer; closing it stops delivery to it after the message at hand. */
public interface Subscription extends AutoCloseable {
    @Override
    void close();
}
