package io.tork.application.port.out;

/** New identifiers: 32 lower-case hex characters, as Tork renders UUIDs. */
public interface IdGenerator {
    String newId();
}
