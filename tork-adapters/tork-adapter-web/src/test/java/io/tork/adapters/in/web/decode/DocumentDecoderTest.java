package io.tork.adapters.in.web.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.adapters.in.web.error.ApiException;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.TaskSpec;
import org.junit.jupiter.api.Test;

class DocumentDecoderTest {
    private final DocumentDecoder decoder = new DocumentDecoder();

    @Test
    void readsTheSameJobFromJsonAndYaml() {
        JobSpec fromJson = decoder.decode(new Document(DocumentFormat.JSON, """
                {"name":"j","wait":{"timeout":"5s"},"tasks":[{"name":"t","if":"{{ true }}","retry":{"limit":2}}]}"""),
                JobSpec.class);
        JobSpec fromYaml = decoder.decode(new Document(DocumentFormat.YAML, """
                name: j
                wait: {timeout: 5s}
                tasks:
                  - name: t
                    if: "{{ true }}"
                    retry: {limit: 2}
                """), JobSpec.class);

        assertThat(fromJson).isEqualTo(fromYaml);
        assertThat(fromJson.waitFor().timeout()).isEqualTo("5s");
        assertThat(fromJson.tasks().getFirst().condition()).isEqualTo("{{ true }}");
        assertThat(fromJson.tasks().getFirst().retry().limit()).isEqualTo(2);
    }

    @Test
    void readsASingleTask() {
        TaskSpec task = decoder.decode(new Document(DocumentFormat.YAML, "name: t\nimage: busybox\nrun: echo hi\n"),
                TaskSpec.class);

        assertThat(task).isEqualTo(TaskSpec.builder().name("t").image("busybox").run("echo hi").build());
    }

    @Test
    void namesTheLineOfAnUnknownFieldInANestedValue() {
        String yaml = """
                name: j
                tasks:
                  - name: t
                    each:
                      list: "{{ x }}"
                      task:
                        name: c
                        imagee: busybox
                """;

        assertThatThrownBy(() -> decoder.decode(new Document(DocumentFormat.YAML, yaml), JobSpec.class))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.violations()).singleElement()
                            .satisfies(v -> assertThat(v.field()).isEqualTo("tasks[0].each.task.imagee"));
                })
                .hasMessage("unknown field 'imagee' at tasks[0].each.task (line 8, column 9)");
    }

    @Test
    void namesTheLineOfAWrongTypeInAList() {
        String yaml = "name: j\ntags:\n  - a\n  - [b]\n";

        assertThatThrownBy(() -> decoder.decode(new Document(DocumentFormat.YAML, yaml), JobSpec.class))
                .hasMessage("tags[1]: expected text (line 4, column 5)");
    }

    @Test
    void aJsonNullDocumentIsEmpty() {
        assertThatThrownBy(() -> decoder.decode(new Document(DocumentFormat.JSON, "null"), JobSpec.class))
                .hasMessage("the document is empty");
    }

    @Test
    void deeplyNestedDocumentsAreRefusedWithoutCrashing() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        String deepYaml = "name:" + " [".repeat(200) + " ]".repeat(200);

        assertThatThrownBy(() -> decoder.decode(new Document(DocumentFormat.JSON, deep), JobSpec.class))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> decoder.decode(new Document(DocumentFormat.YAML, deepYaml), JobSpec.class))
                .isInstanceOf(ApiException.class);
    }
}
