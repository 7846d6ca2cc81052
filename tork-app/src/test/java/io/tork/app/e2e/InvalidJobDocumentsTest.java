package io.tork.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every invalid document in {@code src/test/resources/invalid-jobs} is POSTed to a real engine's {@code /jobs};
 * {@code expectations.tsv} says which status it must get, which fields the {@code errors} list must name and
 * what the answer must say about them.
 */
class InvalidJobDocumentsTest {
    private static final String FOLDER = "/invalid-jobs";
    private static final String EXPECTATIONS = "expectations.tsv";
    private static ShellEngine engine;

    @BeforeAll
    static void startEngine() throws Exception {
        engine = ShellEngine.start();
    }

    @AfterAll
    static void stopEngine() {
        if (engine != null) engine.close();
    }

    /** One line of the expectations file. */
    record Expectation(String file, int status, List<String> fields, List<String> texts) {
        static Expectation parse(String line) {
            String[] columns = line.split("\t");
            if (columns.length < 4) throw new IllegalArgumentException("expectation needs 4 columns or more: " + line);
            List<String> fields = columns[2].equals("-") ? List.of() : List.of(columns[2].split(","));
            return new Expectation(columns[0], Integer.parseInt(columns[1]), fields,
                    List.of(Arrays.copyOfRange(columns, 3, columns.length)));
        }

        String contentType() {
            if (file.endsWith(".yaml")) return "text/yaml";
            if (file.endsWith(".json")) return "application/json";
            return "text/plain";
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Expectation> expectations() throws IOException {
        return Files.readAllLines(folder().resolve(EXPECTATIONS), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(Expectation::parse);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void invalidDocumentIsRefusedNamingTheField(Expectation expected) throws IOException {
        String document = Files.readString(folder().resolve(expected.file()), StandardCharsets.UTF_8);

        Api.Response response = engine.api().post("/jobs", expected.contentType(), document);

        assertThat(response.status()).as("status for %s: %s", expected.file(), response.text()).isEqualTo(expected.status());
        ErrorBodies.assertReadable(response);
        List<String> named = new ArrayList<>();
        response.body().path("errors").forEach(error -> named.add(error.path("field").asText()));
        assertThat(named).as("fields in errors of %s", response.text()).containsAll(expected.fields());
        for (String field : expected.fields()) {
            assertThat(messageOf(response.body(), field)).as("what is wrong with %s", field).isNotBlank();
        }
        assertThat(response.text()).contains(expected.texts());
    }

    @Test
    void everyFixtureHasAnExpectationAndEveryExpectationAFixture() throws IOException {
        List<String> files;
        try (Stream<Path> listing = Files.list(folder())) {
            files = listing.map(p -> p.getFileName().toString()).filter(name -> !name.equals(EXPECTATIONS)).toList();
        }
        List<String> expected = expectations().map(Expectation::file).toList();

        assertThat(expected).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files);
        assertThat(files).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void bodyOverTheLimitIs413() {
        String oversized = "name: big\ndescription: \"" + "a".repeat(520 * 1024) + "\"\ntasks:\n  - name: a\n    run: echo hi\n";

        Api.Response response = engine.api().post("/jobs", "text/yaml", oversized);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body().path("message").asText()).contains("larger than the 500 KiB limit");
    }

    @Test
    void contentTypeParametersAreAcceptedSoTheFixturesFailForTheirContentOnly() {
        Api.Response response = engine.api().post("/jobs", "application/x-yaml; charset=utf-8", ShellEngine.KNOWN_GOOD_JOB);

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(engine.awaitJobEnd(response.body().path("id").asText()).body().path("state").asText())
                .isEqualTo("COMPLETED");
    }

    private static String messageOf(JsonNode body, String field) {
        for (JsonNode error : body.path("errors")) {
            if (error.path("field").asText().equals(field)) return error.path("message").asText();
        }
        return "";
    }

    private static Path folder() {
        try {
            return Path.of(Objects.requireNonNull(InvalidJobDocumentsTest.class.getResource(FOLDER), FOLDER).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
