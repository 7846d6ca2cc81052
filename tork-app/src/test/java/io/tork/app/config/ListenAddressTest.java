package io.tork.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ListenAddressTest {

    @Test
    void readsHostAndPort() {
        assertThat(ListenAddress.parse("localhost:8000")).isEqualTo(new ListenAddress("localhost", 8000));
        assertThat(ListenAddress.parse("[::1]:9000")).isEqualTo(new ListenAddress("::1", 9000));
        assertThat(ListenAddress.parse("localhost:0").port()).isZero();
    }

    @Test
    void anEmptyHostMeansEveryInterface() {
        assertThat(ListenAddress.parse(":8000")).isEqualTo(new ListenAddress("0.0.0.0", 8000));
        assertThat(ListenAddress.parse(":8000").isLoopback()).isFalse();
    }

    @Test
    void knowsLoopbackHosts() {
        assertThat(ListenAddress.parse("localhost:1").isLoopback()).isTrue();
        assertThat(ListenAddress.parse("127.0.0.1:1").isLoopback()).isTrue();
        assertThat(ListenAddress.parse("[::1]:1").isLoopback()).isTrue();
        assertThat(ListenAddress.parse("10.0.0.5:1").isLoopback()).isFalse();
    }

    @Test
    void printsBackWhatItRead() {
        assertThat(ListenAddress.parse("localhost:8000")).hasToString("localhost:8000");
        assertThat(ListenAddress.parse("[::1]:8000")).hasToString("[::1]:8000");
    }

    @Test
    void rejectsMalformedAddresses() {
        assertThatThrownBy(() -> ListenAddress.parse("localhost")).hasMessageContaining("host:port");
        assertThatThrownBy(() -> ListenAddress.parse("localhost:http")).hasMessageContaining("numeric port");
        assertThatThrownBy(() -> ListenAddress.parse("::1:80")).hasMessageContaining("brackets");
        assertThatThrownBy(() -> ListenAddress.parse("localhost:65536")).hasMessageContaining("between 0 and 65535");
    }
}
