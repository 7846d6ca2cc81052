package io.tork.adapters.out.broker.artemis;

import static io.tork.contracts.TestData.at;
import static io.tork.contracts.TestData.completed;
import static io.tork.contracts.TestData.job;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.application.port.out.EventBus;
import io.tork.contracts.broker.AbstractEventBusContractTest;
import io.tork.domain.job.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArtemisEventBusContractTest extends AbstractEventBusContractTest {
    private static TestBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = TestBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Override
    protected EventBus eventBus() {
        return broker.client().eventBus();
    }

    @Test
    void charactersSpecialToTheBrokerFilterMatchOnlyThemselves() {
        Listener underscore = subscribe("a_b.*");
        Listener percent = subscribe("50%'s");
        Listener everything = subscribe("*");
        Job done = completed(job("done", at(0)));

        eventBus().publish("aXb.completed", done);
        eventBus().publish("50 percent's", done);
        eventBus().publish("a_b.completed", done);
        eventBus().publish("50%'s", done);

        everything.awaitCount(4);
        underscore.awaitCount(1);
        percent.awaitCount(1);
        assertThat(underscore.jobs()).hasSize(1);
        assertThat(percent.jobs()).hasSize(1);
    }
}
