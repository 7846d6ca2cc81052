package io.tork.application.testing;

import io.tork.domain.spec.JobDefaults;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.TaskSpec;
import java.util.List;
import java.util.Map;

/** Small builders of job documents for tests. */
public final class Specs {
    public static final String IMAGE = "busybox:latest";

    private Specs() {
    }

    /** A container task with a name and an image, ready for more settings. */
    public static TaskSpec.Builder task(String name) {
        return TaskSpec.builder().name(name).image(IMAGE).run("true");
    }

    public static JobSpec job(TaskSpec... tasks) {
        return aJob().tasks(tasks).build();
    }

    public static JobBuilder aJob() {
        return new JobBuilder();
    }

    public static final class JobBuilder {
        private String name = "test job";
        private List<TaskSpec> tasks = List.of();
        private Map<String, String> inputs;
        private String output;
        private JobDefaults defaults;
        private String timeout;

        public JobBuilder name(String v) { name = v; return this; }
        public JobBuilder tasks(TaskSpec... v) { tasks = List.of(v); return this; }
        public JobBuilder inputs(Map<String, String> v) { inputs = v; return this; }
        public JobBuilder output(String v) { output = v; return this; }
        public JobBuilder defaults(JobDefaults v) { defaults = v; return this; }
        public JobBuilder timeout(String v) { timeout = v; return this; }

        public JobSpec build() {
            return new JobSpec(name, null, null, inputs, null, tasks, output, defaults, null, null, null, null, timeout);
        }
    }
}
