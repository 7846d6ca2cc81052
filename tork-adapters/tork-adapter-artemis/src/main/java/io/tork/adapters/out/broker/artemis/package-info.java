/**
 * The broker of distributed mode on Apache ActiveMQ Artemis, embedded in the process or remote: durable anycast
 * queues for {@link io.tork.application.port.out.MessageQueue}, a multicast address for
 * {@link io.tork.application.port.out.EventBus}, messages as versioned JSON envelopes. Artemis types never leave
 * this package; its failures become {@link io.tork.application.port.out.StoreException}s.
 */
package io.tork.adapters.out.broker.artemis;
