/**
 * The in-process broker of standalone mode: {@link io.tork.adapters.out.broker.inmemory.InMemoryMessageQueue}
 * (competing consumers, priorities, delayed delivery, no redelivery) and
 * {@link io.tork.adapters.out.broker.inmemory.InMemoryEventBus} (job events fanned out on one dispatcher thread).
 * Messages are immutable records, so they are handed over as they are, never copied. Both classes must be closed:
 * closing stops their threads and waits for work in progress.
 */
package io.tork.adapters.out.broker.inmemory;
