package io.tork.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OptionsTest {
    @Test
    void withoutArgumentsEveryBenchmarkRunsThreeRounds() {
        BenchMain.Options options = BenchMain.Options.parse(new String[0]);
        assertThat(options.rounds()).isEqualTo(3);
        assertThat(options.quick()).isFalse();
        assertThat(options.only()).containsExactly("docker", "dispatch", "distributed", "latency", "each", "startup");
    }

    @Test
    void argumentsChooseRoundsBenchmarksSizeAndRoot() {
        BenchMain.Options options = BenchMain.Options.parse(
                new String[] {"--rounds", "5", "--only", "latency,each", "--quick", "--root", "/tmp"});
        assertThat(options.rounds()).isEqualTo(5);
        assertThat(options.only()).containsExactly("latency", "each");
        assertThat(options.quick()).isTrue();
        assertThat(options.root()).isEqualTo(Path.of("/tmp"));
    }

    @Test
    void unknownArgumentsAndBenchmarksAreRefusedWithWhatIsKnown() {
        assertThatThrownBy(() -> BenchMain.Options.parse(new String[] {"--fast"}))
                .hasMessageContaining("unknown argument --fast").hasMessageContaining("--only");
        assertThatThrownBy(() -> BenchMain.Options.parse(new String[] {"--only", "speed"}))
                .hasMessageContaining("--only takes some of");
        assertThatThrownBy(() -> BenchMain.Options.parse(new String[] {"--rounds", "0"}))
                .hasMessageContaining("at least 1");
    }
}
