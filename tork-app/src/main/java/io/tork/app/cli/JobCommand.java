package io.tork.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.tork.app.client.JobProgress;
import io.tork.app.client.Table;
import io.tork.app.client.Times;
import io.tork.app.client.TorkApi;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tork job <id>}: one job and every attempt at its tasks. */
@Command(
        name = "job",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Show a job and its tasks.")
final class JobCommand implements Callable<Integer>, ClientCommand {
    private final ClientSession session;

    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions options;

    @Parameters(paramLabel = "JOB_ID", description = "The job's id.")
    String id;

    JobCommand(ClientSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        try (TorkApi api = options.api(session.configSource())) {
            TorkApi.Answer answer = api.job(id);
            PrintWriter out = ClientSession.out(spec);
            if (options.json) {
                out.println(answer.body().strip());
                out.flush();
                return OK;
            }
            JsonNode job = answer.json();
            Instant now = Instant.now();
            field(out, "ID", job.path("id").asText());
            field(out, "Name", job.path("name").asText(""));
            field(out, "State", job.path("state").asText());
            field(out, "Progress", JobProgress.of(job).line());
            field(out, "Created", Times.local(Times.instant(job, "createdAt")));
            field(out, "Started", Times.local(Times.instant(job, "startedAt")));
            field(out, "Ended", Times.local(Times.instant(job, "completedAt").or(() -> Times.instant(job, "failedAt"))));
            field(out, "Duration", Times.ran(job, now));
            field(out, "Result", job.path("result").asText(""));
            field(out, "Error", job.path("error").asText(""));
            out.println();
            Table tasks = new Table("TASK ID", "NAME", "STATE", "ATTEMPT", "STARTED", "DURATION", "ERROR");
            for (JsonNode task : job.path("execution")) {
                tasks.row(task.path("id").asText(), task.path("name").asText(""), task.path("state").asText(),
                        Integer.toString(task.path("retry").path("attempts").asInt(0) + 1),
                        Times.local(Times.instant(task, "startedAt")), Times.ran(task, now),
                        task.path("error").asText(""));
            }
            tasks.print(out);
            return OK;
        }
    }

    private static void field(PrintWriter out, String label, String value) {
        if (!value.isEmpty()) out.printf("%-9s %s%n", label + ":", value);
    }
}
