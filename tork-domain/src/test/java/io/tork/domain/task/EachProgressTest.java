package io.tork.domain.task;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EachProgressTest {
    @Test
    void isDoneOnceEveryChildCompleted() {
        EachProgress progress = new EachProgress(2, 0, 2);

        assertThat(progress.isDone()).isFalse();
        assertThat(progress.completeOne().isDone()).isFalse();
        assertThat(progress.completeOne().completeOne().isDone()).isTrue();
    }

    @Test
    void anEmptyListIsDoneAtOnce() {
        assertThat(new EachProgress(0, 0, 0).isDone()).isTrue();
    }

    @Test
    void releasingMovesTheWindowEdgeOnly() {
        assertThat(new EachProgress(5, 1, 2).releaseOne()).isEqualTo(new EachProgress(5, 1, 3));
    }
}
