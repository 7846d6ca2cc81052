package io.tork.plugins.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GreetFunctionTest {
    private final GreetFunction greet = new GreetFunction();

    @Test
    void greetsByName() {
        assertThat(greet.apply(List.of("Ada"))).isEqualTo("Hello, Ada!");
    }

    @Test
    void refusesWhatIsNotText() {
        assertThatThrownBy(() -> greet.apply(List.of(42L))).hasMessage("expected a name (text)");
    }
}
