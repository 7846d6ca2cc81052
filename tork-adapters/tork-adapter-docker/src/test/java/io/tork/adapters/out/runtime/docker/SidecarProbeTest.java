package io.tork.adapters.out.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.port.out.RuntimeFailure;
import io.tork.domain.spec.Probe;
import org.junit.jupiter.api.Test;

class SidecarProbeTest {

    @Test
    void probesTheGivenPort() throws RuntimeFailure {
        assertThat(SidecarProbe.of("web", new Probe(null, 9090, null)).port()).isEqualTo(9090);
    }

    @Test
    void refusesAMissingOrOutOfRangePort() {
        assertThatThrownBy(() -> SidecarProbe.of("web", new Probe("/", null, null)))
                .isInstanceOf(RuntimeFailure.class).hasMessage("sidecar 'web' probe port must be between 1 and 65535");
        assertThatThrownBy(() -> SidecarProbe.of("web", new Probe("/", 70000, null)))
                .isInstanceOf(RuntimeFailure.class).hasMessage("sidecar 'web' probe port must be between 1 and 65535");
    }

    @Test
    void refusesATimeoutItCannotRead() {
        assertThatThrownBy(() -> SidecarProbe.of("web", new Probe("/", 80, "soon")))
                .isInstanceOf(RuntimeFailure.class).hasMessageStartingWith("sidecar 'web' probe timeout: ");
    }
}
