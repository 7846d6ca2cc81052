package io.tork.adapters.in.web;

import static io.tork.adapters.in.web.FakeApplication.NOW;
import static io.tork.adapters.in.web.Redactor.REDACTED;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.domain.job.Job;
import io.tork.domain.job.JobKind;
import io.tork.domain.spec.EachSpec;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.Mount;
import io.tork.domain.spec.ParallelSpec;
import io.tork.domain.spec.Registry;
import io.tork.domain.spec.SubJobSpec;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.spec.Webhook;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskLogPart;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {
    private final Redactor redactor = Redactor.withSecrets(List.of("1234", "hunter2"));

    @ParameterizedTest
    @ValueSource(strings = {"SECRET", "my_secret", "Password", "DB_PASSWORD_FILE", "aws_access_key_id", "ACCESS_KEY"})
    void keysNamingASecretAreSensitive(String key) {
        assertThat(Redactor.isSensitiveKey(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"USER", "ACCESS", "KEY", "pass", "secre"})
    void otherKeysAreNot(String key) {
        assertThat(Redactor.isSensitiveKey(key)).isFalse();
    }

    @Test
    void replacesEverySecretValueInsideText() {
        assertThat(redactor.text("some 1234 and 1234 and hunter2")).isEqualTo("some [REDACTED] and [REDACTED] and [REDACTED]");
        assertThat(redactor.text("nothing here")).isEqualTo("nothing here");
        assertThat(redactor.text(null)).isNull();
    }

    @Test
    void aSecretContainingAnotherIsHiddenWhole() {
        Redactor nested = Redactor.withSecrets(List.of("abc", "abcdef"));

        assertThat(nested.text("x abcdef y")).isEqualTo("x [REDACTED] y");
    }

    @Test
    void emptySecretValuesAreIgnored() {
        Redactor withEmpty = Redactor.withSecrets(java.util.Arrays.asList("", null, "s"));

        assertThat(withEmpty.text("abc")).isEqualTo("abc");
        assertThat(withEmpty.text("s!")).isEqualTo("[REDACTED]!");
    }

    @Test
    void mapsHideSensitiveKeysWholeAndSecretValuesWhereTheyOccur() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MY_SECRET", "anything");
        env.put("URL", "https://user:1234@host");
        env.put("PLAIN", "value");
        env.put("NULL", null);

        Map<String, String> out = redactor.map(env);

        assertThat(out).containsEntry("MY_SECRET", REDACTED)
                .containsEntry("URL", "https://user:[REDACTED]@host")
                .containsEntry("PLAIN", "value")
                .containsEntry("NULL", null);
        assertThat(out.keySet()).containsExactly("MY_SECRET", "URL", "PLAIN", "NULL");
    }

    @Test
    void redactsATaskDefinitionThroughout() {
        TaskSpec child = TaskSpec.builder().name("child").env(Map.of("TOKEN", "x1234x")).build();
        TaskSpec spec = TaskSpec.builder()
                .name("t")
                .cmd("echo", "1234")
                .entrypoint(List.of("sh", "-c"))
                .run("curl -u me:hunter2 http://x")
                .env(Map.of("PASSWORD", "p", "HOST", "h"))
                .registry(new Registry("me", "registry-pass"))
                .mounts(List.of(new Mount("volume", null, "/d", Map.of("secret_opt", "v", "o", "1234"))))
                .pre(List.of(child))
                .post(List.of(child))
                .sidecars(List.of(child))
                .parallel(new ParallelSpec(List.of(child)))
                .each(new EachSpec("{{ x }}", child, null, null))
                .subjob(new SubJobSpec("sub", null, List.of(child), Map.of("in", "1234"), Map.of("k", "v"), null,
                        null, null, List.of(new Webhook("http://h", Map.of("Authorization", "bearer 1234"), null, null))))
                .build();

        TaskSpec out = redactor.task(spec);

        assertThat(out.cmd()).containsExactly("echo", REDACTED);
        assertThat(out.run()).isEqualTo("curl -u me:[REDACTED] http://x");
        assertThat(out.env()).containsEntry("PASSWORD", REDACTED).containsEntry("HOST", "h");
        assertThat(out.registry()).isEqualTo(new Registry("me", REDACTED));
        assertThat(out.mounts().getFirst().opts()).containsEntry("secret_opt", REDACTED).containsEntry("o", REDACTED);
        String redactedChild = "x" + REDACTED + "x";
        assertThat(out.pre().getFirst().env()).containsEntry("TOKEN", redactedChild);
        assertThat(out.post().getFirst().env()).containsEntry("TOKEN", redactedChild);
        assertThat(out.sidecars().getFirst().env()).containsEntry("TOKEN", redactedChild);
        assertThat(out.parallel().tasks().getFirst().env()).containsEntry("TOKEN", redactedChild);
        assertThat(out.each().task().env()).containsEntry("TOKEN", redactedChild);
        assertThat(out.subjob().tasks().getFirst().env()).containsEntry("TOKEN", redactedChild);
        assertThat(out.subjob().inputs()).containsEntry("in", REDACTED);
        assertThat(out.subjob().secrets()).containsEntry("k", REDACTED);
        assertThat(out.subjob().webhooks().getFirst().headers()).containsEntry("Authorization", "bearer " + REDACTED);
    }

    @Test
    void redactsAJobsInputsSecretsContextWebhooksResultAndError() {
        JobSpec spec = new JobSpec("j", null, null, Map.of("api_key_secret", "x", "url", "http://1234"),
                Map.of("token", "1234"), List.of(TaskSpec.builder().name("t").env(Map.of("T", "1234")).build()),
                null, null, List.of(new Webhook("http://hook", Map.of("X-Token", "1234"), null, null)), null, null,
                null, null);
        Job job = Job.submitted("j1", JobKind.JOB, spec, NOW).schedule(NOW).recordResult("v", "got 1234")
                .fail("failed with 1234", NOW);

        Job out = Redactor.forJob(job).job(job);

        assertThat(out.spec().inputs()).containsEntry("api_key_secret", REDACTED).containsEntry("url", "http://" + REDACTED);
        assertThat(out.spec().secrets()).containsEntry("token", REDACTED);
        assertThat(out.spec().tasks().getFirst().env()).containsEntry("T", REDACTED);
        assertThat(out.spec().webhooks().getFirst().headers()).containsEntry("X-Token", REDACTED);
        assertThat(out.context().secrets()).containsEntry("token", REDACTED);
        assertThat(out.context().inputs()).containsEntry("url", "http://" + REDACTED);
        assertThat(out.context().tasks()).containsEntry("v", "got " + REDACTED);
        assertThat(out.error()).isEqualTo("failed with " + REDACTED);
        assertThat(out.id()).isEqualTo("j1");
        assertThat(out.state()).isEqualTo(job.state());
    }

    @Test
    void redactsATasksResultErrorAndLogContents() {
        Task task = Task.pending("t", "j", null, 1, TaskSpec.builder().name("n").build(), NOW).toBuilder()
                .result("the pin is 1234").error("hunter2 rejected").build();

        Task out = redactor.task(task);
        TaskLogPart part = redactor.logPart(new TaskLogPart("p", "t", 1, "line 1 -- 1234", NOW));

        assertThat(out.result()).isEqualTo("the pin is " + REDACTED);
        assertThat(out.error()).isEqualTo(REDACTED + " rejected");
        assertThat(part.contents()).isEqualTo("line 1 -- " + REDACTED);
        assertThat(part.number()).isEqualTo(1);
    }

    @Test
    void keysOnlyRedactorLeavesOtherTextAlone() {
        Redactor keysOnly = Redactor.keysOnly();

        assertThat(keysOnly.map(Map.of("SECRET", "a", "B", "1234"))).containsEntry("SECRET", REDACTED).containsEntry("B", "1234");
    }
}
