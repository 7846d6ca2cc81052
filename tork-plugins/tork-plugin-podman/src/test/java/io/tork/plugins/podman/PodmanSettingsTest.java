package io.tork.plugins.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodmanSettingsTest {

    @Test
    void defaultsGiveExplicitUlimitsAndAPidsLimit() {
        PodmanSettings settings = PodmanSettings.from(Map.of());

        assertThat(settings.command()).containsExactly("podman");
        assertThat(settings.ulimits()).containsExactly("nofile=1024:1024", "nproc=1024:1024");
        assertThat(settings.pidsLimit()).isEqualTo(1024);
    }

    @Test
    void readsEveryKey() {
        PodmanSettings settings = PodmanSettings.from(Map.of("command", "sudo, podman", "ulimits", "nofile=512:512",
                "pids.limit", "0"));

        assertThat(settings.command()).containsExactly("sudo", "podman");
        assertThat(settings.ulimits()).containsExactly("nofile=512:512");
        assertThat(settings.pidsLimit()).isZero();
    }

    @Test
    void badSettingsNameTheirKey() {
        assertThatThrownBy(() -> PodmanSettings.from(Map.of("pids.limit", "lots")))
                .hasMessage("runtime.podman.pids.limit must be a whole number, was 'lots'");
        assertThatThrownBy(() -> PodmanSettings.from(Map.of("ulimits", "nofile")))
                .hasMessageContaining("runtime.podman.ulimits: 'nofile' is not name=soft:hard");
        assertThatThrownBy(() -> PodmanSettings.from(Map.of("privileged", "true")))
                .hasMessage("unknown setting runtime.podman.privileged (known: command, pids.limit, ulimits)");
        assertThatThrownBy(() -> new PodmanSettings(List.of(), List.of(), 1))
                .hasMessageContaining("runtime.podman.command");
    }
}
