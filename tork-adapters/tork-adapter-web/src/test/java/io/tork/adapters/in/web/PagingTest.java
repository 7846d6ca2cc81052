package io.tork.adapters.in.web;

import io.tork.adapters.in.web.error.ApiException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void defaultsToTheFirstPageOfTheEndpointsDefaultSize() {
        assertThat(Paging.parse(null, null, Paging.JOBS)).isEqualTo(new Paging(1, 10));
        assertThat(Paging.parse("", " ", Paging.LOGS)).isEqualTo(new Paging(1, 25));
    }

    @Test
    void clampsSizeAndRaisesLowPages() {
        assertThat(Paging.parse("0", "500", Paging.JOBS)).isEqualTo(new Paging(1, 20));
        assertThat(Paging.parse("-4", "0", Paging.LOGS)).isEqualTo(new Paging(1, 1));
        assertThat(Paging.parse("7", "100", Paging.LOGS)).isEqualTo(new Paging(7, 100));
    }

    @Test
    void refusesTextThatIsNotAWholeNumber() {
        assertThatThrownBy(() -> Paging.parse("x", null, Paging.JOBS))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessage("invalid page number: x");
        assertThatThrownBy(() -> Paging.parse("1", "99999999999", Paging.JOBS)).hasMessage("invalid size: 99999999999");
    }

    @Test
    void sizesReadTheWayPeopleSayThem() {
        assertThat(ByteSizes.format(500 * 1024)).isEqualTo("500 KiB");
        assertThat(ByteSizes.format(2 * 1024 * 1024)).isEqualTo("2 MiB");
        assertThat(ByteSizes.format(1000)).isEqualTo("1000 bytes");
    }
}
