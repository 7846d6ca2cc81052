package io.tork.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RandomIdsTest {
    private final RandomIds ids = new RandomIds();

    @Test
    void anIdIsARandomUuidWrittenAs32LowerCaseHexCharacters() {
        String id = ids.newId();

        assertThat(id).matches("[0-9a-f]{32}");
        UUID uuid = UUID.fromString(id.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
        assertThat(uuid.version()).isEqualTo(4);
        assertThat(uuid.variant()).isEqualTo(2);
    }

    @Test
    void idsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(ids.newId())).isTrue();
        }
    }
}
