package io.tork.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What every refusal of the API must look like: a message for a person, never the engine's insides. */
final class ErrorBodies {
    /** Text that only appears in an answer when Java internals leaked into it. */
    static final List<String> JAVA_INTERNALS = List.of("Exception", "at io.", "java.", "jakarta.", "com.fasterxml",
            "org.yaml", "org.apache", "\tat ");

    private ErrorBodies() {
    }

    static void assertReadable(Api.Response response) {
        assertThat(response.body().isObject()).as("error body is a JSON object: %s", response.text()).isTrue();
        assertThat(response.body().path("message").asText()).as("message of %s", response.text()).isNotBlank();
        assertThat(leakedInternals(response.text())).as("Java internals in %s", response.text()).isEmpty();
    }

    static List<String> leakedInternals(String text) {
        return JAVA_INTERNALS.stream().filter(text::contains).toList();
    }
}
