package io.tork.benchmarks;

import io.tork.adapters.out.broker.artemis.ArtemisConfig;
import io.tork.adapters.out.broker.artemis.EmbeddedArtemis;
import io.tork.adapters.out.broker.inmemory.InMemoryMessageQueue;
import io.tork.application.port.out.Message.JobCommand;
import io.tork.application.port.out.Message.JobCommandType;
import io.tork.application.port.out.Subscription;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.SendAcknowledgementHandler;
import org.apache.activemq.artemis.api.core.client.ServerLocator;

/**
 * The same run's reference points: what the bare building blocks do without the engine around them, measured on
 * the same machine minutes apart from the engine, so that a busy machine slows both.
 */
final class Baselines {
    /**
     * Queue hops of one one-task job of a no-op task: the task queue and completed (the job starts in the transaction
     * that submits it, and a task that ends within the worker's grace is not reported started on its own).
     */
    static final int HOPS_PER_JOB = 2;
    private static final int THREADS = 4;

    private Baselines() {
    }

    /**
     * Chains of {@link #HOPS_PER_JOB} hops through the in-memory broker (two consumers per queue, as the
     * coordinator has), {@code chains} of them started at once: chains completed per second.
     */
    static double inMemoryBrokerChains(int chains) throws InterruptedException {
        try (InMemoryMessageQueue queue = new InMemoryMessageQueue()) {
            CountDownLatch done = new CountDownLatch(chains);
            List<Subscription> subscriptions = new ArrayList<>();
            for (int hop = 0; hop < HOPS_PER_JOB; hop++) {
                String next = hop + 1 < HOPS_PER_JOB ? "hop" + (hop + 1) : null;
                subscriptions.add(queue.subscribe("hop" + hop, 2, message -> {
                    if (next == null) done.countDown();
                    else queue.publish(next, message);
                }));
            }
            long start = System.nanoTime();
            for (int i = 0; i < chains; i++) queue.publish("hop0", new JobCommand("job-" + i, JobCommandType.START, null));
            if (!done.await(5, TimeUnit.MINUTES)) throw new IllegalStateException("the in-memory chains did not finish");
            double seconds = (System.nanoTime() - start) / 1e9;
            subscriptions.forEach(Subscription::close);
            return chains / seconds;
        }
    }

    /**
     * Durable messages through an Artemis broker like the one {@code tork run broker} starts (same journal, TCP),
     * sent and taken the way the engine does: {@value #THREADS} producers sending without blocking, each message
     * confirmed by the broker once journaled; two transacted consumers committing each message without waiting for
     * the journal, the broker pushing messages ahead to them. Messages sent, confirmed and received per second.
     */
    static double artemisDurableMessages(Path dataDir, int messages) throws Exception {
        int port = Deployments.freePort();
        String url = "tcp://localhost:" + port;
        try (EmbeddedArtemis broker = EmbeddedArtemis.start(new ArtemisConfig(url, true, dataDir, null, null));
             ServerLocator locator = ActiveMQClient.createServerLocator(url)) {
            locator.setBlockOnDurableSend(false).setConfirmationWindowSize(1024 * 1024).setUseGlobalPools(false);
            try (ClientSessionFactory factory = locator.createSessionFactory()) {
                SimpleString queue = SimpleString.of("baseline");
                try (ClientSession admin = factory.createSession()) {
                    admin.createQueue(QueueConfiguration.of(queue).setRoutingType(RoutingType.ANYCAST).setDurable(true));
                }
                AtomicInteger received = new AtomicInteger();
                CountDownLatch done = new CountDownLatch(1);
                List<Thread> consumers = new ArrayList<>();
                for (int c = 0; c < 2; c++) {
                    consumers.add(Thread.ofPlatform().start(() -> consume(factory, queue, messages, received, done)));
                }
                long start = System.nanoTime();
                List<Thread> producers = new ArrayList<>();
                AtomicInteger toSend = new AtomicInteger(messages);
                for (int p = 0; p < THREADS; p++) {
                    producers.add(Thread.ofPlatform().start(() -> produce(factory, queue, toSend)));
                }
                for (Thread producer : producers) producer.join();
                if (!done.await(5, TimeUnit.MINUTES)) throw new IllegalStateException("the Artemis baseline did not finish");
                double seconds = (System.nanoTime() - start) / 1e9;
                for (Thread consumer : consumers) consumer.join();
                return messages / seconds;
            }
        } finally {
            ActiveMQClient.clearThreadPools();
        }
    }

    private static void produce(ClientSessionFactory factory, SimpleString queue, AtomicInteger toSend) {
        try (ClientSession session = factory.createSession(true, true);
             ClientProducer producer = session.createProducer(queue)) {
            byte[] body = new byte[600];
            AtomicInteger unconfirmed = new AtomicInteger();
            CountDownLatch allConfirmed = new CountDownLatch(1);
            SendAcknowledgementHandler confirmed = message -> {
                if (unconfirmed.decrementAndGet() == 0) allConfirmed.countDown();
            };
            unconfirmed.incrementAndGet(); // held until the last send, so that the count cannot reach 0 before
            while (toSend.getAndDecrement() > 0) {
                ClientMessage message = session.createMessage(true);
                message.getBodyBuffer().writeBytes(body);
                unconfirmed.incrementAndGet();
                producer.send(queue, message, confirmed);
            }
            if (unconfirmed.decrementAndGet() == 0) allConfirmed.countDown();
            if (!allConfirmed.await(5, TimeUnit.MINUTES)) throw new IllegalStateException("sends were not confirmed");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void consume(ClientSessionFactory factory, SimpleString queue, int messages, AtomicInteger received,
                                CountDownLatch done) {
        try (ClientSession session = factory.createSession(false, false, false)) {
            session.start();
            try (ClientConsumer consumer = session.createConsumer(queue)) {
                while (received.get() < messages) {
                    ClientMessage message = consumer.receive(200);
                    if (message == null) continue;
                    message.acknowledge();
                    session.commit(false); // not waiting for the journal, as the engine's consumers do
                    if (received.incrementAndGet() == messages) done.countDown();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Single-row INSERT transactions from {@value #THREADS} connections: transactions committed per second. */
    static double postgresInserts(String url, String user, int rows) throws Exception {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        try (Connection admin = DriverManager.getConnection(url, credentials); Statement ddl = admin.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS baseline (id BIGINT PRIMARY KEY, doc JSONB NOT NULL)");
            ddl.execute("TRUNCATE baseline");
        }
        AtomicLong next = new AtomicLong();
        List<Thread> writers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            writers.add(Thread.ofPlatform().start(() -> {
                try (Connection connection = DriverManager.getConnection(url, credentials);
                     PreparedStatement insert = connection.prepareStatement("INSERT INTO baseline VALUES (?, ?::jsonb)")) {
                    long id;
                    while ((id = next.getAndIncrement()) < rows) {
                        insert.setLong(1, id);
                        insert.setString(2, "{\"id\":" + id + ",\"state\":\"PENDING\",\"name\":\"bench\"}");
                        insert.executeUpdate();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread writer : writers) writer.join();
        return rows / ((System.nanoTime() - start) / 1e9);
    }

    /** {@code sh -c true} processes started and awaited by {@value #THREADS} threads: processes per second. */
    static double shellProcesses(int processes) throws InterruptedException {
        AtomicInteger left = new AtomicInteger(processes);
        List<Thread> spawners = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            spawners.add(Thread.ofPlatform().start(() -> {
                try {
                    while (left.getAndDecrement() > 0) {
                        Process process = new ProcessBuilder("sh", "-c", "true").redirectErrorStream(true).start();
                        process.getInputStream().readAllBytes();
                        process.waitFor();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread spawner : spawners) spawner.join();
        return processes / ((System.nanoTime() - start) / 1e9);
    }

}
