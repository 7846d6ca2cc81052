package io.tork.adapters.in.web;

import static io.tork.adapters.in.web.FakeApplication.NOW;

import io.tork.domain.job.Job;
import io.tork.domain.job.JobKind;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskLogPart;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Small builders of domain values for API tests. */
final class Fixtures {
    static final String JOB_JSON = """
            {"name":"hello job","tasks":[{"name":"say hello","image":"ubuntu:mantic","cmd":["echo","hello"]}]}""";
    static final String JOB_YAML = """
            name: hello job
            tasks:
              - name: say hello
                image: ubuntu:mantic
                cmd: [echo, hello]
            """;

    private Fixtures() {
    }

    static TaskSpec echoTask() {
        return TaskSpec.builder().name("say hello").image("ubuntu:mantic").cmd("echo", "hello").build();
    }

    static Job job(String id) {
        return Job.submitted(id, JobKind.JOB, JobSpec.of("job " + id, List.of(echoTask())), NOW);
    }

    static Job jobWithSecrets(String id, Map<String, String> inputs, Map<String, String> secrets, TaskSpec task) {
        JobSpec spec = new JobSpec("secret job", null, null, inputs, secrets, List.of(task), null, null, null, null,
                null, null, null);
        return Job.submitted(id, JobKind.JOB, spec, NOW);
    }

    static Job seedJob(String id, TaskSpec task) {
        return Job.submitted(id, JobKind.SINGLE_TASK, JobSpec.of(task.name(), List.of(task)), NOW);
    }

    static Task task(String id, String jobId, TaskSpec spec) {
        return Task.pending(id, jobId, null, 1, spec, NOW);
    }

    static Task runningTask(String id, String jobId, TaskSpec spec, Instant at) {
        return task(id, jobId, spec).schedule(spec, at).start("node-1", at);
    }

    static TaskLogPart logPart(String taskId, int number, String contents) {
        return new TaskLogPart("log-" + taskId + "-" + number, taskId, number, contents, NOW);
    }
}
