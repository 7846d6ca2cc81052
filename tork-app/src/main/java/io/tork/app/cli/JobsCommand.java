package io.tork.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.tork.app.client.JobProgress;
import io.tork.app.client.Table;
import io.tork.app.client.Times;
import io.tork.app.client.TorkApi;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tork jobs}: a page of jobs, newest first. */
@Command(
        name = "jobs",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "List jobs, newest first.")
final class JobsCommand implements Callable<Integer>, ClientCommand {
    private final ClientSession session;

    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions options;

    @Option(names = {"-q", "--query"}, paramLabel = "TEXT",
            description = "Search words (state, name, description), tag:<t> or tags:<a>,<b>.")
    String query;

    @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page number (default: 1).")
    int page;

    @Option(names = "--size", paramLabel = "N", defaultValue = "10", description = "Jobs per page, 1 to 20 "
            + "(default: 10).")
    int size;

    JobsCommand(ClientSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        try (TorkApi api = options.api(session.configSource())) {
            TorkApi.Answer answer = api.jobs(page, size, query);
            PrintWriter out = ClientSession.out(spec);
            if (options.json) {
                out.println(answer.body().strip());
                out.flush();
                return OK;
            }
            JsonNode result = answer.json();
            Table table = new Table("ID", "NAME", "STATE", "PROGRESS", "CREATED");
            for (JsonNode job : result.path("items")) {
                table.row(job.path("id").asText(), job.path("name").asText(""), job.path("state").asText(),
                        JobProgress.of(job).percent() + "%", Times.local(Times.instant(job, "createdAt")));
            }
            table.print(out);
            out.println("page " + result.path("number").asInt() + " of " + Math.max(1, result.path("totalPages").asInt())
                    + ", " + result.path("totalItems").asLong() + " jobs");
            out.flush();
            return OK;
        }
    }
}
