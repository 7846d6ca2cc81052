package io.tork.adapters.out.broker.artemis;

import static io.tork.contracts.TestData.at;
import static io.tork.contracts.TestData.containerSpec;
import static io.tork.contracts.TestData.logPart;
import static io.tork.contracts.TestData.newId;
import static io.tork.contracts.TestData.node;
import static io.tork.contracts.TestData.richSpec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tork.adapters.out.broker.artemis.MessageCodec.UndecodableMessageException;
import io.tork.application.port.out.Message;
import io.tork.application.port.out.Message.Heartbeat;
import io.tork.application.port.out.Message.JobCommand;
import io.tork.application.port.out.Message.JobCommandType;
import io.tork.application.port.out.Message.LogPart;
import io.tork.application.port.out.Message.TaskMessage;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobKind;
import io.tork.domain.spec.AutoDelete;
import io.tork.domain.spec.EachSpec;
import io.tork.domain.spec.JobDefaults;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.Limits;
import io.tork.domain.spec.ParallelSpec;
import io.tork.domain.spec.Permission;
import io.tork.domain.spec.Probe;
import io.tork.domain.spec.RetryPolicy;
import io.tork.domain.spec.SubJobSpec;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.spec.WaitSpec;
import io.tork.domain.spec.Webhook;
import io.tork.domain.task.EachProgress;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageCodecTest {
    private final MessageCodec codec = new MessageCodec();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aFullyPopulatedTaskSurvivesTheRoundTrip() throws Exception {
        Task task = fullTask();
        assertThat(task).hasNoNullFieldsOrProperties();

        assertThat(codec.decode(codec.encode(new TaskMessage(task)))).isEqualTo(new TaskMessage(task));
    }

    @Test
    void everyMessageTypeSurvivesTheRoundTrip() throws Exception {
        List<Message> messages = List.of(
                new TaskMessage(fullTask()),
                new TaskMessage(Task.pending(newId(), newId(), null, 1, containerSpec("minimal"), at(0))),
                new JobCommand(newId(), JobCommandType.TIME_OUT, "too slow"),
                new JobCommand(newId(), JobCommandType.START, null),
                new Heartbeat(node(newId(), "worker-1", at(3))),
                new LogPart(logPart(newId(), 2, at(4))));

        for (Message message : messages) {
            assertThat(codec.decode(codec.encode(message))).isEqualTo(message);
        }
    }

    @Test
    void aFullyPopulatedJobEventSurvivesTheRoundTrip() throws Exception {
        Job job = fullJob();
        assertThat(job).hasNoNullFieldsOrProperties();

        assertThat(codec.decodeEvent(codec.encodeEvent(job))).isEqualTo(job);
    }

    @Test
    void theEnvelopeCarriesTheFormatVersionAndTheType() throws Exception {
        Task task = fullTask();
        JsonNode envelope = json.readTree(codec.encode(new TaskMessage(task)));

        assertThat(envelope.get("v").asInt()).isEqualTo(1);
        assertThat(envelope.get("type").asText()).isEqualTo("task");
        assertThat(envelope.get("body").get("id").asText()).isEqualTo(task.id());
        assertThat(envelope.get("body").has("child")).as("convenience methods are not data").isFalse();
        assertThat(json.readTree(codec.encode(new Heartbeat(node("n", "w", at(0))))).get("type").asText())
                .isEqualTo("heartbeat");
    }

    @Test
    void fieldsFromANewerVersionAreIgnored() throws Exception {
        Task task = fullTask();
        ObjectNode envelope = (ObjectNode) json.readTree(codec.encode(new TaskMessage(task)));
        envelope.put("v", 2);
        envelope.put("trace", "abc");
        ObjectNode body = (ObjectNode) envelope.get("body");
        body.put("futureField", 42);
        ((ObjectNode) body.get("spec")).putObject("futureSection").put("x", true);
        ((ObjectNode) body.get("spec").get("retry")).put("jitter", "10%");

        assertThat(codec.decode(json.writeValueAsBytes(envelope))).isEqualTo(new TaskMessage(task));
    }

    @Test
    void missingFieldsAreAbsentValues() throws Exception {
        byte[] minimal = "{\"v\":1,\"type\":\"job-command\",\"body\":{\"jobId\":\"j1\",\"type\":\"CANCEL\"}}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(codec.decode(minimal)).isEqualTo(new JobCommand("j1", JobCommandType.CANCEL, null));
    }

    @Test
    void bytesThatAreNotAMessageAreRefused() {
        assertThatThrownBy(() -> codec.decode("garbage{".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UndecodableMessageException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> codec.decode(new byte[0])).isInstanceOf(UndecodableMessageException.class);
        assertThatThrownBy(() -> codec.decode("[1,2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UndecodableMessageException.class);
        assertThatThrownBy(() -> codec.decode("{\"v\":1,\"type\":\"task\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UndecodableMessageException.class);
    }

    @Test
    void anUnknownTypeOrABodyThatDoesNotFitIsRefused() {
        assertThatThrownBy(() -> codec.decode(
                "{\"v\":1,\"type\":\"gossip\",\"body\":{}}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UndecodableMessageException.class).hasMessageContaining("gossip");
        assertThatThrownBy(() -> codec.decode(
                "{\"v\":1,\"type\":\"job-command\",\"body\":{\"type\":\"EXPLODE\"}}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UndecodableMessageException.class);
        assertThatThrownBy(() -> codec.decodeEvent(codec.encode(new JobCommand("j", JobCommandType.START, null))))
                .isInstanceOf(UndecodableMessageException.class);
    }

    private static Task fullTask() {
        TaskSpec spec = richSpec("rich").toBuilder()
                .gpus("all")
                .volumes(List.of("/cache"))
                .probe(new Probe("/ready", 8080, "3s"))
                .parallel(new ParallelSpec(List.of(containerSpec("left"), containerSpec("right"))))
                .each(new EachSpec("{{ sequence(1,3) }}", containerSpec("item"), "x", 2))
                .subjob(new SubJobSpec("sub", "a sub-job", List.of(containerSpec("inner")), Map.of("a", "1"),
                        Map.of("s", "2"), new AutoDelete("1h"), "{{ tasks.out }}", true,
                        List.of(new Webhook("http://hook", Map.of("h", "v"), "job.StateChange", "{{ true }}"))))
                .build();
        Instant t = Instant.parse("2024-03-01T10:00:00.123456789Z");
        return Task.pending(newId(), newId(), newId(), 3, spec, t).toBuilder()
                .state(TaskState.FAILED)
                .scheduledAt(t.plusSeconds(1)).startedAt(t.plusSeconds(2)).completedAt(t.plusSeconds(3))
                .failedAt(t.plusSeconds(4)).nodeId("node-1").result("42").error("it broke")
                .attempt(3).progress(42.5).parallelCompletions(2).each(new EachProgress(3, 1, 2))
                .subJobId(newId()).notBefore(t.plusSeconds(60)).stdoutAsResult(true)
                .build();
    }

    private static Job fullJob() {
        JobSpec spec = new JobSpec("full", "every field", List.of("t"), Map.of("in", "v"), Map.of("secret", "s"),
                List.of(richSpec("first")), "{{ tasks.out }}",
                new JobDefaults(new RetryPolicy(2, "1s", 2.0), new Limits("1", "1g"), "1m", "q", 3),
                List.of(new Webhook("http://hook", Map.of("h", "v"), "job.StateChange", "{{ job.State }}")),
                List.of(new Permission("alice", null)), new AutoDelete("1h"), new WaitSpec("30s"), "10m");
        Job job = Job.submitted(newId(), JobKind.SINGLE_TASK, spec, at(0)).schedule(at(1)).markRunning()
                .advance("out", "result").complete("done", at(2), at(3));
        return new Job(job.id(), newId(), job.kind(), job.spec(), job.state(), job.createdAt(), job.startedAt(),
                job.completedAt(), at(4), job.position(), job.context(), job.result(), "an old error", job.progress(),
                job.deleteAt(), new io.tork.domain.job.JobSchedule(newId(), "@daily"));
    }
}
