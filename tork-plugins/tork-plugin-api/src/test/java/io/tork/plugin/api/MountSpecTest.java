package io.tork.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MountSpecTest {

    @Test
    void requiresTypeAndTarget() {
        assertThatThrownBy(() -> new MountSpec(null, null, "/data", null)).hasMessage("mount type is required");
        assertThatThrownBy(() -> new MountSpec("volume", null, " ", null)).hasMessage("mount target is required");
    }

    @Test
    void optionsAreAnImmutableCopyAndNeverNull() {
        Map<String, String> opts = new HashMap<>(Map.of("size", "64m"));
        MountSpec mount = new MountSpec("tmpfs", null, "/scratch", opts);
        opts.clear();

        assertThat(mount.opts()).containsEntry("size", "64m");
        assertThat(new MountSpec("volume", null, "/tmp", null).opts()).isEmpty();
        assertThatThrownBy(() -> mount.opts().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }
}
