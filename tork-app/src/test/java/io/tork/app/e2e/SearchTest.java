package io.tork.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /jobs?q=} with tag tokens and words, and log search, on a real standalone engine (in-memory store). */
class SearchTest {
    private static ShellEngine engine;
    private static String backup;
    private static String weekly;
    private static String nightlyReport;

    @BeforeAll
    static void runJobs() throws Exception {
        engine = ShellEngine.start();
        backup = run("nightly backup", "[ops, db]", "copying the database", "alpha line\n beta line\n alpha again");
        weekly = run("weekly report", "[reports]", "sums up the week", "gamma");
        nightlyReport = run("nightly report", "[reports, ops]", null, "delta");
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void aTagTokenFindsJobsHavingThatTag() {
        assertThat(ids("tag:ops")).containsExactlyInAnyOrder(backup, nightlyReport);
        assertThat(total("tag:ops")).isEqualTo(2);
    }

    @Test
    void aTagsTokenFindsJobsHavingAnyOfTheTags() {
        assertThat(ids("tags:db,reports")).containsExactlyInAnyOrder(backup, weekly, nightlyReport);
        assertThat(ids("tags:nope,db")).containsExactly(backup);
    }

    @Test
    void wordsMatchNamesDescriptionsAndStates() {
        assertThat(ids("nightly")).containsExactlyInAnyOrder(backup, nightlyReport);
        assertThat(ids("database")).containsExactly(backup);
        assertThat(total("completed")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void tagsAndWordsNarrowTogetherAndTheCountsFollow() {
        JsonNode page = page("nightly tag:reports");

        assertThat(ids(page)).containsExactly(nightlyReport);
        assertThat(page.path("totalItems").asInt()).isEqualTo(1);
        assertThat(page.path("totalPages").asInt()).isEqualTo(1);
        assertThat(total("nightly tag:nothing")).isZero();
    }

    @Test
    void aJobsLogIsSearchedWithQ() {
        JsonNode alpha = engine.api().get("/jobs/" + backup + "/log?q=alpha").body();
        JsonNode none = engine.api().get("/jobs/" + backup + "/log?q=omega").body();

        assertThat(alpha.path("totalItems").asInt()).isPositive();
        assertThat(StreamSupport.stream(alpha.path("items").spliterator(), false))
                .allSatisfy(part -> assertThat(part.path("contents").asText()).contains("alpha"));
        assertThat(none.path("totalItems").asInt()).isZero();
        String taskId = engine.api().get("/jobs/" + backup).body().path("execution").get(0).path("id").asText();
        assertThat(engine.api().get("/tasks/" + taskId + "/log?q=beta").body().path("totalItems").asInt())
                .isPositive();
    }

    private static String run(String name, String tags, String description, String output) {
        String yaml = """
                name: %s
                description: %s
                tags: %s
                tasks:
                  - name: print
                    run: printf '%s\\n'
                """.formatted(name, description == null ? "" : description, tags, output.replace("\n", "\\n"));
        JsonNode job = engine.runToEnd(yaml).body();
        assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("COMPLETED");
        return job.path("id").asText();
    }

    private static JsonNode page(String q) {
        return engine.api().get("/jobs?size=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).body();
    }

    private static List<String> ids(String q) {
        return ids(page(q));
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false).map(j -> j.path("id").asText()).toList();
    }

    private static int total(String q) {
        return page(q).path("totalItems").asInt();
    }
}
