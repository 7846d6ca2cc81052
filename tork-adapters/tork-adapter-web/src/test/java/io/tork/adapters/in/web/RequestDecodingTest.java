package io.tork.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.TaskSpec;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Everything that can be wrong with a submitted document, and what the API answers. */
class RequestDecodingTest extends ApiTestSupport {

    @Test
    void malformedJsonIs400WithTheParsersLocation() {
        var r = api.post("/jobs", "application/json", "{\"name\": \"x\",\n \"tasks\": [ }");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.message()).startsWith("malformed JSON: ").contains("line 2, column");
        assertNoInternals(r);
        assertThat(app.submitted).isEmpty();
    }

    @Test
    void truncatedJsonIs400() {
        var r = api.post("/jobs", "application/json", "{\"name\": \"x\"");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.message()).startsWith("malformed JSON").contains("line 1");
        assertNoInternals(r);
    }

    @Test
    void malformedYamlIs400WithTheParsersLocation() {
        var r = api.post("/jobs", "text/yaml", "name: x\n  tasks: [\n");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.message()).isEqualTo("malformed YAML: mapping values are not allowed here (line 2, column 8)");
    }

    @Test
    void unknownJsonFieldIsNamedWithItsPath() {
        var r = api.post("/jobs", "application/json",
                "{\"name\":\"x\",\"tasks\":[{\"name\":\"a\",\"image\":\"b\",\"nosuch\":1}]}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.message()).startsWith("unknown field 'nosuch' at tasks[0] (line 1, column ");
        assertThat(r.json().path("errors").get(0).path("field").asText()).isEqualTo("tasks[0].nosuch");
        assertThat(r.json().path("errors").get(0).path("message").asText()).isEqualTo("unknown field");
    }

    @Test
    void unknownYamlFieldIsNamedWithItsLine() {
        String yaml = """
                name: x
                tasks:
                  - name: a
                    image: b
                    nosuch: 1
                """;

        var r = api.post("/jobs", "text/yaml", yaml);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.message()).isEqualTo("unknown field 'nosuch' at tasks[0] (line 5, column 5)");
    }

    @Test
    void unknownTopLevelFieldIsNamed() {
        var r = api.post("/jobs", "text/yaml", "name: x\nnosuch:\n  deep: 1\ntasks: []\n");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.message()).isEqualTo("unknown field 'nosuch' (line 2, column 1)");
    }

    @Test
    void cmdThatIsNotAListNamesThePathAndTheExpectedType() {
        var yaml = api.post("/jobs", "text/yaml", "name: x\ntasks:\n  - name: a\n    cmd: echo hi\n");
        var json = api.post("/jobs", "application/json", "{\"name\":\"x\",\"tasks\":[{\"name\":\"a\",\"cmd\":\"x\"}]}");

        assertThat(yaml.status()).isEqualTo(400);
        assertThat(yaml.message()).isEqualTo("tasks[0].cmd: expected a list (line 4, column 5)");
        assertThat(yaml.json().path("errors").get(0).path("field").asText()).isEqualTo("tasks[0].cmd");
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.message()).startsWith("tasks[0].cmd: expected a list");
    }

    @Test
    void wrongTypesNameThePathAndTheExpectedType() {
        var limit = api.post("/jobs", "text/yaml", "name: x\ntasks:\n  - name: a\n    retry:\n      limit: x\n");
        var priority = api.post("/jobs", "text/yaml", "name: x\ntasks:\n  - name: a\n    priority: 1.5\n");
        var name = api.post("/jobs", "application/json", "{\"name\":{\"a\":1}}");
        var element = api.post("/jobs", "application/json", "{\"name\":\"x\",\"tasks\":[{\"cmd\":[\"a\",{}]}]}");
        var detached = api.post("/jobs", "text/yaml",
                "name: x\ntasks:\n  - name: a\n    subjob:\n      name: s\n      detached: maybe\n");
        var huge = api.post("/jobs", "text/yaml", "name: x\ntasks:\n  - name: a\n    priority: 99999999999999999999\n");

        assertThat(limit.message()).isEqualTo("tasks[0].retry.limit: expected a whole number (line 5, column 7)");
        assertThat(priority.message()).isEqualTo("tasks[0].priority: expected a whole number (line 4, column 5)");
        assertThat(name.message()).startsWith("name: expected text");
        assertThat(element.message()).startsWith("tasks[0].cmd[1]: expected text (line 1, column 34)");
        assertThat(detached.message()).startsWith("tasks[0].subjob.detached: expected true or false");
        assertThat(huge.message()).startsWith("tasks[0].priority: number is out of range");
        for (var r : java.util.List.of(limit, priority, name, element, detached, huge)) {
            assertThat(r.status()).isEqualTo(400);
            assertNoInternals(r);
        }
    }

    @Test
    void aNullListElementIsRefused() {
        var r = api.post("/jobs", "text/yaml", "name: x\ntasks:\n  -\n");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.message()).startsWith("tasks[0]: must not be null");
    }

    @Test
    void aDocumentThatIsNotAnObjectIsRefused() {
        var scalar = api.post("/jobs", "text/yaml", "hello");
        var list = api.post("/jobs", "application/json", "[1,2]");

        assertThat(scalar.status()).isEqualTo(400);
        assertThat(scalar.message()).startsWith("the document must be an object");
        assertThat(list.status()).isEqualTo(400);
        assertThat(list.message()).startsWith("the document must be an object");
    }

    @Test
    void duplicateKeysAndTrailingContentAreRefused() {
        var duplicate = api.post("/jobs", "text/yaml", "name: x\nname: y\n");
        var trailing = api.post("/jobs", "application/json", "{\"name\":\"x\"} {\"name\":\"y\"}");
        var twoDocuments = api.post("/jobs", "text/yaml", "name: x\n---\nname: y\n");

        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.message()).isEqualTo("malformed YAML: Duplicate field 'name' (line 2, column 5)");
        assertThat(trailing.status()).isEqualTo(400);
        assertThat(trailing.message()).startsWith("unexpected content after the end of the document");
        assertThat(twoDocuments.status()).isEqualTo(400);
    }

    @Test
    void yamlScalarsInTextMapsAreKeptAsWritten() {
        String yaml = """
                name: x
                inputs:
                  count: 5
                  flag: true
                tasks:
                  - name: a
                    env:
                      RATIO: .5
                      EMPTY:
                    limits:
                      cpus: .5
                """;

        var r = api.post("/jobs", "text/yaml", yaml);

        assertThat(r.status()).isEqualTo(200);
        JobSpec spec = app.submitted.getFirst().spec();
        assertThat(spec.inputs()).containsEntry("count", "5").containsEntry("flag", "true");
        assertThat(spec.tasks().getFirst().env()).containsEntry("RATIO", ".5").containsEntry("EMPTY", "");
        assertThat(spec.tasks().getFirst().limits().cpus()).isEqualTo(".5");
    }

    @Test
    void jsonNumbersInTextMapsAreAcceptedToo() {
        var r = api.post("/jobs", "application/json", "{\"name\":\"x\",\"inputs\":{\"n\":5,\"b\":false}}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(app.submitted.getFirst().spec().inputs()).containsEntry("n", "5").containsEntry("b", "false");
    }

    @Test
    void theJobLanguagesNamesMapOntoTheDomain() {
        String yaml = """
                name: x
                wait:
                  timeout: 10s
                webhooks:
                  - url: http://example.com
                    if: "{{ job.state == 'COMPLETED' }}"
                tasks:
                  - name: a
                    if: "{{ inputs.go }}"
                    volumes: [/tmp]
                """;

        api.post("/jobs", "text/yaml", yaml);

        JobSpec spec = app.submitted.getFirst().spec();
        assertThat(spec.waitFor().timeout()).isEqualTo("10s");
        assertThat(spec.webhooks().getFirst().condition()).isEqualTo("{{ job.state == 'COMPLETED' }}");
        assertThat(spec.tasks().getFirst().condition()).isEqualTo("{{ inputs.go }}");
        assertThat(spec.tasks().getFirst().volumes()).containsExactly("/tmp");
    }

    @Test
    void javaNamesOfRenamedFieldsAreUnknownFields() {
        var r = api.post("/jobs", "text/yaml", "name: x\ntasks:\n  - name: a\n    condition: x\n");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.message()).startsWith("unknown field 'condition'");
    }

    @Test
    void emptyBodyIs400() {
        var empty = api.post("/jobs", "application/json", "");
        var blank = api.post("/jobs", "text/yaml", "  \n\n");

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.message()).isEqualTo("request body is empty");
        assertThat(blank.message()).isEqualTo("request body is empty");
    }

    @Test
    void aYamlNullDocumentIs400() {
        var r = api.post("/jobs", "text/yaml", "---\n");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.message()).isEqualTo("the document is empty");
    }

    @Test
    void missingContentTypeIs400() {
        var r = api.post("/jobs", null, Fixtures.JOB_JSON);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.message()).isEqualTo("missing content type");
    }

    @Test
    void unknownContentTypeIs400NamingIt() {
        var r = api.post("/jobs", "text/plain", Fixtures.JOB_JSON);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.message()).isEqualTo("unknown content type: text/plain");
        assertThat(app.submitted).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json; charset=utf-8", "application/json;charset=UTF-8", "APPLICATION/JSON"})
    void jsonContentTypesWithParametersAreAccepted(String contentType) {
        var r = api.post("/jobs", contentType, Fixtures.JOB_JSON);

        assertThat(r.status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/yaml", "application/x-yaml", "text/yaml; charset=utf-8", "application/yaml"})
    void yamlContentTypesAreAccepted(String contentType) {
        var r = api.post("/jobs", contentType, Fixtures.JOB_YAML);

        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void theCharsetParameterIsHonoured() {
        byte[] latin1 = "name: caf\u00e9\ntasks: []\n".getBytes(StandardCharsets.ISO_8859_1);

        var r = api.post("/jobs", "text/yaml; charset=ISO-8859-1", latin1);
        var unknown = api.post("/jobs", "text/yaml; charset=no-such-charset", latin1);

        assertThat(r.status()).isEqualTo(200);
        assertThat(app.submitted.getFirst().spec().name()).isEqualTo("caf\u00e9");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.message()).isEqualTo("unknown charset: no-such-charset");
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String big = "name: x\ndescription: " + "a".repeat(600 * 1024) + "\n";

        var r = api.post("/jobs", "text/yaml", big);

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().toString()).isEqualTo("{\"message\":\"request body is larger than the 500 KiB limit\"}");
        assertThat(app.submitted).isEmpty();
    }

    @Test
    void aBodyJustUnderTheLimitIsRead() {
        String prefix = "name: x\ndescription: ";
        String body = prefix + "a".repeat((int) WebConfig.DEFAULT_BODY_LIMIT - prefix.length() - 1) + "\n";

        var r = api.post("/jobs", "text/yaml", body);

        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void seedTasksAreDecodedStrictlyToo() {
        var ok = api.post("/task", "application/json",
                "{\"name\":\"t\",\"image\":\"busybox\",\"cmd\":[\"ls\"],\"volumes\":[\"/tmp\"]}");
        var unknown = api.post("/task", "text/yaml", "name: t\nimage: busybox\nnosuch: 1\n");

        assertThat(ok.status()).isEqualTo(200);
        TaskSpec task = app.submittedTasks.getFirst();
        assertThat(task.volumes()).containsExactly("/tmp");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.message()).isEqualTo("unknown field 'nosuch' (line 3, column 1)");
    }

    private static void assertNoInternals(ApiClient.Response r) {
        JsonNode json = r.json();
        assertThat(json.path("message").asText()).doesNotContain("com.fasterxml", "java.", "io.tork", "Exception",
                "`", "Source:");
    }
}
