package io.tork.contracts;

import io.tork.domain.job.Job;
import io.tork.domain.job.JobKind;
import io.tork.domain.node.Node;
import io.tork.domain.node.NodeStatus;
import io.tork.domain.schedule.Schedule;
import io.tork.domain.schedule.ScheduledJob;
import io.tork.domain.schedule.ScheduledJobSpec;
import io.tork.domain.spec.AutoDelete;
import io.tork.domain.spec.Webhook;
import io.tork.domain.spec.EachSpec;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.Limits;
import io.tork.domain.spec.Mount;
import io.tork.domain.spec.ParallelSpec;
import io.tork.domain.spec.Probe;
import io.tork.domain.spec.Registry;
import io.tork.domain.spec.RetryPolicy;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskLogPart;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Small builders for the values the contract suites store and send. Instants have microsecond precision and
 * numbers at most two decimals, so that adapters backed by a database can be expected to give them back equal.
 */
public final class TestData {
    /** A fixed origin so tests never depend on the wall clock. */
    public static final Instant EPOCH = Instant.parse("2024-03-01T10:00:00.123456Z");

    private TestData() {
    }

    /** A fresh identifier in Tork's format: 32 lower-case hex characters. */
    public static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** {@link #EPOCH} plus {@code seconds}. */
    public static Instant at(long seconds) {
        return EPOCH.plusSeconds(seconds);
    }

    public static Instant nowInMicros() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static TaskSpec containerSpec(String name) {
        return TaskSpec.builder().name(name).image("busybox:latest").run("echo hello").build();
    }

    /** A task definition using most fields, to catch adapters that drop some of them. */
    public static TaskSpec richSpec(String name) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("B_SECOND", "2");
        env.put("A_FIRST", "1");
        return TaskSpec.builder()
                .name(name)
                .description("does everything")
                .image("ubuntu:mantic")
                .run("echo $A_FIRST > $TORK_OUTPUT")
                .cmd("sh", "-c", "true")
                .entrypoint(List.of("/bin/sh"))
                .env(env)
                .files(Map.of("script.sh", "echo hi"))
                .workdir("/work")
                .queue("default")
                .priority(7)
                .retry(new RetryPolicy(3, "1s", 2.0))
                .limits(new Limits("0.5", "10m"))
                .timeout("5m")
                .mounts(List.of(new Mount(Mount.BIND, "/tmp", "/data", Map.of("ro", "true"))))
                .networks(List.of("net-a"))
                .registry(new Registry("user", "secret"))
                .pre(List.of(containerSpec("pre")))
                .post(List.of(containerSpec("post")))
                .sidecars(List.of(TaskSpec.builder().name("sidecar").image("busybox:latest")
                        .probe(new Probe("/health", 8080, "5s")).build()))
                .var("out")
                .condition("{{ true }}")
                .tags(List.of("t1", "t2"))
                .build();
    }

    public static TaskSpec parallelSpec(String name) {
        return TaskSpec.builder().name(name)
                .parallel(new ParallelSpec(List.of(containerSpec("left"), containerSpec("right")))).build();
    }

    public static TaskSpec eachSpec(String name) {
        return TaskSpec.builder().name(name)
                .each(new EachSpec("{{ sequence(1,5) }}", containerSpec("item"), "item", 2)).build();
    }

    public static JobSpec jobSpec(String name, String description, List<String> tags) {
        return new JobSpec(name, description, tags, Map.of("in", "value"), null,
                List.of(containerSpec("first"), containerSpec("second")), null, null, null, null, null, null, null);
    }

    /** A PENDING job with two container tasks. */
    public static Job job(String name, Instant createdAt) {
        return job(jobSpec(name, null, null), createdAt);
    }

    public static Job job(JobSpec spec, Instant createdAt) {
        return Job.submitted(newId(), JobKind.JOB, spec, createdAt);
    }

    public static Job completed(Job job) {
        Instant at = job.createdAt().plusSeconds(1);
        return job.schedule(at).markRunning().complete("done", at.plusSeconds(1), null);
    }

    public static Job running(Job job) {
        return job.schedule(job.createdAt().plusSeconds(1)).markRunning();
    }

    public static Job failed(Job job) {
        return job.fail("something broke", job.createdAt().plusSeconds(1));
    }

    /** A PENDING container task at {@code position} of the job. */
    public static Task task(String jobId, int position, Instant createdAt) {
        return Task.pending(newId(), jobId, null, position, containerSpec("task-" + position), createdAt);
    }

    public static Task task(String jobId, int position, TaskSpec spec, Instant createdAt) {
        return Task.pending(newId(), jobId, null, position, spec, createdAt);
    }

    /** A child of {@code parentId} waiting in CREATED, as each-children do. */
    public static Task createdChild(String jobId, String parentId, int position, Instant createdAt) {
        return Task.created(newId(), jobId, parentId, position, containerSpec("child"), createdAt);
    }

    /** The task scheduled and started on {@code nodeId}. */
    public static Task runningOn(Task task, String nodeId) {
        Instant at = task.createdAt().plusSeconds(1);
        return task.schedule(task.spec(), at).start(nodeId, at);
    }

    public static Task scheduled(Task task) {
        return task.schedule(task.spec(), task.createdAt().plusSeconds(1));
    }

    public static Node node(String id, String name, Instant lastHeartbeatAt) {
        return new Node(id, name, "worker", EPOCH, lastHeartbeatAt, 12.5, "default", NodeStatus.UP, "host-" + name,
                8001, 2, "1.0.0");
    }

    public static TaskLogPart logPart(String taskId, int number, Instant createdAt) {
        return new TaskLogPart(newId(), taskId, number, "line " + number + "\n", createdAt);
    }

    public static TaskLogPart logPart(String taskId, int number, String contents, Instant createdAt) {
        return new TaskLogPart(newId(), taskId, number, contents, createdAt);
    }

    /** A scheduled job document using most fields, to catch adapters that drop some of them. */
    public static ScheduledJobSpec scheduledJobSpec(String name, String cron) {
        return new ScheduledJobSpec(name, "runs on a schedule", List.of("nightly"), Map.of("in", "value"),
                Map.of("token", "s3cr3t"), List.of(richSpec("first")), "{{ tasks.out }}", null,
                List.of(new Webhook("http://example.com/hook", Map.of("Authorization", "Bearer {{ secrets.token }}"),
                        "job.StateChange", "{{ job.state == 'COMPLETED' }}")),
                null, new AutoDelete("1h"), "10m", new Schedule(cron));
    }

    /** An ACTIVE scheduled job whose next tick is {@code nextRunAt}. */
    public static ScheduledJob scheduledJob(String name, Instant createdAt, Instant nextRunAt) {
        return ScheduledJob.created(newId(), scheduledJobSpec(name, "0 * * * *"), createdAt, nextRunAt);
    }

    /** A job created by a tick of {@code scheduledJob}. */
    public static Job instanceOf(ScheduledJob scheduledJob, Instant createdAt) {
        return Job.scheduled(newId(), new io.tork.domain.job.JobSchedule(scheduledJob.id(), scheduledJob.cron()),
                scheduledJob.spec().toJobSpec(), createdAt);
    }
}
