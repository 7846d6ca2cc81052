package io.tork.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Property: whatever document is POSTed to {@code /jobs}, the engine answers without a 5xx, every refusal
 * carries a readable message, and the jobs it accepts never break it. The documents come from a seeded
 * generator ({@code -Dtork.fuzz.seed=…} reproduces a run; {@code -Dtork.fuzz.documents} and
 * {@code -Dtork.fuzz.seconds} bound it).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JobDocumentFuzzTest {
    private static final long SEED = Long.getLong("tork.fuzz.seed", 20261127L);
    private static final int DOCUMENTS = Integer.getInteger("tork.fuzz.documents", 1500);
    private static final long SECONDS = Long.getLong("tork.fuzz.seconds", 60L);
    private static final Set<Integer> EXPECTED_STATUSES = Set.of(200, 400, 408, 413);
    /** A queue only the known-good job uses, so the fuzzer's backlog of accepted jobs cannot hold it up. */
    private static final String CANARY_QUEUE = "canary";
    private static final int MAX_REPORTED = 15;
    private static ShellEngine engine;

    @BeforeAll
    static void startEngine() throws Exception {
        engine = ShellEngine.start(Map.of("worker.queues.default", "4", "worker.queues." + CANARY_QUEUE, "1"));
    }

    @AfterAll
    static void stopEngine() {
        if (engine != null) engine.close();
    }

    @Test
    @Order(3)
    void randomDocumentsGetAnAnswerNeverAServerErrorAndNeverBreakTheEngine() throws IOException {
        FuzzDocuments documents = new FuzzDocuments(SEED, seeds());
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
        int sent = 0;
        while (sent < DOCUMENTS && System.nanoTime() < deadline) {
            FuzzDocuments.FuzzDocument document = documents.next();
            Api.Response response = engine.api().post("/jobs", document.contentType(), document.text());
            sent++;
            statuses.merge(response.status(), 1, Integer::sum);
            List<String> problems = problemsWith(response);
            if (!problems.isEmpty() && failures.size() < MAX_REPORTED) {
                failures.add("document #" + document.index() + " (" + document.origin() + ", " + document.contentType()
                        + "): " + problems + "\n--- document ---\n" + document.text() + "\n--- answer ---\n"
                        + response.status() + " " + response.text());
            }
        }
        System.out.printf("fuzzed /jobs with %d documents (seed %d): statuses %s%n", sent, SEED, statuses);

        assertThat(failures).as("seed %d", SEED).isEmpty();
        assertThat(statuses).as("the generator yields accepted and refused documents").containsKeys(200, 400);
        assertThat(engine.api().get("/health").body().path("status").asText()).isEqualTo("UP");
        Api.Response good = engine.runToEnd(ShellEngine.KNOWN_GOOD_JOB.replace("var: said",
                "var: said\n    queue: " + CANARY_QUEUE));
        assertThat(good.body().path("state").asText()).as(good.text()).isEqualTo("COMPLETED");
        assertThat(good.body().path("result").asText()).isEqualTo("ok");
    }

    @Test
    @Order(2)
    void theSameSeedGivesTheSameDocuments() throws IOException {
        FuzzDocuments first = new FuzzDocuments(SEED, seeds());
        FuzzDocuments second = new FuzzDocuments(SEED, seeds());
        for (int i = 0; i < 200; i++) {
            assertThat(second.next()).isEqualTo(first.next());
        }
    }

    /** Runs first: on the engine the fuzzer has not loaded yet. */
    @Test
    @Order(1)
    void theSeedDocumentsThatMutationsStartFromAreValidAndComplete() throws IOException {
        for (String seed : seeds()) {
            Api.Response job = engine.runToEnd(seed);

            assertThat(job.body().path("state").asText()).as("%s%n%s", seed, job.text()).isEqualTo("COMPLETED");
        }
    }

    /** What is wrong with an answer, if anything. */
    private static List<String> problemsWith(Api.Response response) {
        List<String> problems = new ArrayList<>();
        if (response.status() >= 500) problems.add("server error " + response.status());
        if (!EXPECTED_STATUSES.contains(response.status())) problems.add("unexpected status " + response.status());
        if (response.status() == 200 && response.body().path("id").asText().isBlank()) problems.add("accepted without an id");
        if (response.status() != 200) {
            if (!response.body().isObject() || response.body().path("message").asText().isBlank()) {
                problems.add("no message");
            }
            List<String> leaked = ErrorBodies.leakedInternals(response.text());
            if (!leaked.isEmpty()) problems.add("Java internals " + leaked);
            response.body().path("errors").forEach(error -> {
                if (error.path("message").asText().isBlank()) problems.add("errors entry without a message");
            });
        }
        return problems;
    }

    private static List<String> seeds() throws IOException {
        Path folder;
        try {
            folder = Path.of(Objects.requireNonNull(JobDocumentFuzzTest.class.getResource("/fuzz-seeds"), "fuzz-seeds").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) seeds.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        return seeds;
    }
}
