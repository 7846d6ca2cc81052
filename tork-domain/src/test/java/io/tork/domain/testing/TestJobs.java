package io.tork.domain.testing;

import io.tork.domain.job.Job;
import io.tork.domain.job.JobKind;
import io.tork.domain.spec.AutoDelete;
import io.tork.domain.spec.JobDefaults;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.Permission;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.spec.WaitSpec;
import io.tork.domain.spec.Webhook;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Job documents and jobs for tests: a job named {@code test job} with one container task unless told otherwise. */
public final class TestJobs {
    public static final String JOB_ID = "job-1";
    /** A fixed instant, so tests never depend on the clock. */
    public static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private TestJobs() {
    }

    public static JobBuilder aJob() {
        return new JobBuilder();
    }

    public static final class JobBuilder {
        private String id = JOB_ID;
        private JobKind kind = JobKind.JOB;
        private Instant createdAt = T0;
        private String name = "test job";
        private String description;
        private List<String> tags;
        private Map<String, String> inputs;
        private Map<String, String> secrets;
        private List<TaskSpec> tasks = List.of(TestTasks.aContainerTask().build());
        private String output;
        private JobDefaults defaults;
        private List<Webhook> webhooks;
        private List<Permission> permissions;
        private AutoDelete autoDelete;
        private WaitSpec waitFor;
        private String timeout;

        private JobBuilder() {
        }

        public JobBuilder id(String v) { id = v; return this; }
        public JobBuilder kind(JobKind v) { kind = v; return this; }
        public JobBuilder createdAt(Instant v) { createdAt = v; return this; }
        public JobBuilder name(String v) { name = v; return this; }
        public JobBuilder description(String v) { description = v; return this; }
        public JobBuilder tags(String... v) { tags = List.of(v); return this; }
        public JobBuilder inputs(Map<String, String> v) { inputs = v; return this; }
        public JobBuilder secrets(Map<String, String> v) { secrets = v; return this; }
        public JobBuilder tasks(TaskSpec... v) { tasks = List.of(v); return this; }
        /** Sets the task list as is, {@code null} included (for documents that lack it). */
        public JobBuilder tasks(List<TaskSpec> v) { tasks = v; return this; }
        public JobBuilder output(String v) { output = v; return this; }
        public JobBuilder defaults(JobDefaults v) { defaults = v; return this; }
        public JobBuilder webhooks(Webhook... v) { webhooks = List.of(v); return this; }
        public JobBuilder permissions(Permission... v) { permissions = List.of(v); return this; }
        public JobBuilder autoDeleteAfter(String v) { autoDelete = new AutoDelete(v); return this; }
        public JobBuilder waitFor(WaitSpec v) { waitFor = v; return this; }
        public JobBuilder timeout(String v) { timeout = v; return this; }

        /** The job document as a user submits it. */
        public JobSpec spec() {
            return new JobSpec(name, description, tags, inputs, secrets, tasks, output, defaults, webhooks,
                    permissions, autoDelete, waitFor, timeout);
        }

        /** The job just submitted: PENDING, position 0. */
        public Job pending() {
            return Job.submitted(id, kind, spec(), createdAt);
        }

        /** The job started: SCHEDULED at position 1. */
        public Job scheduled() {
            return pending().schedule(createdAt);
        }

        /** The job with its first task running. */
        public Job running() {
            return scheduled().markRunning();
        }
    }
}
