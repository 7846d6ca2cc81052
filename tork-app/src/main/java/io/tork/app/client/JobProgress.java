package io.tork.app.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** How far a job is, from {@code GET /jobs/{id}}: a bar, a percentage, its state and the tasks running now. */
public record JobProgress(String state, int percent, List<String> runningTasks) {
    private static final int BAR_WIDTH = 24;

    public static JobProgress of(JsonNode job) {
        String state = job.path("state").asText("PENDING");
        int taskCount = Math.max(1, job.path("taskCount").asInt(job.path("tasks").size()));
        // position is the 1-based index of the top-level task being run; finished ones are before it
        double done = Math.max(0, job.path("position").asInt(0) - 1) / (double) taskCount;
        double reported = job.path("progress").asDouble(0) / 100;
        int percent = "COMPLETED".equals(state) ? 100 : (int) Math.floor(100 * Math.min(1, Math.max(done, reported)));
        Set<String> running = new LinkedHashSet<>();
        for (JsonNode task : job.path("execution")) {
            String taskState = task.path("state").asText();
            if (taskState.equals("RUNNING") || taskState.equals("SCHEDULED")) {
                String name = task.path("name").asText("");
                if (!name.isBlank() && !hasRunningChildren(job, task)) running.add(name);
            }
        }
        return new JobProgress(state, percent, new ArrayList<>(running));
    }

    /** Composite tasks (parallel, each, sub-job) are named through their children, which say more. */
    private static boolean hasRunningChildren(JsonNode job, JsonNode parent) {
        String id = parent.path("id").asText();
        for (JsonNode task : job.path("execution")) {
            if (id.equals(task.path("parentId").asText()) && task.path("state").asText().equals("RUNNING")) {
                return true;
            }
        }
        return false;
    }

    public boolean isFinished() {
        return state.equals("COMPLETED") || state.equals("FAILED") || state.equals("CANCELLED");
    }

    /** {@code [##########..............]  42%  RUNNING  build, test}. */
    public String line() {
        int filled = percent * BAR_WIDTH / 100;
        String bar = "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
        String tasks = runningTasks.isEmpty() ? "" : "  " + String.join(", ", runningTasks);
        return String.format("%s %3d%%  %s%s", bar, percent, state, tasks);
    }
}
