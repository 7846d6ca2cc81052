package io.tork.application.port.out;

/** A broker queue: messages waiting, consumers attached, messages being handled right now. */
public record QueueInfo(String name, long size, int subscribers, long unacked) {
}
