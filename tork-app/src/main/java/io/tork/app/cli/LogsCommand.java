package io.tork.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tork.app.client.ClientException;
import io.tork.app.client.LogParts;
import io.tork.app.client.TorkApi;
import io.tork.app.client.TorkApi.LogSource;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tork logs <id> [--follow]}: the output of a job's tasks, or of one task, in the order it was written. */
@Command(
        name = "logs",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Print the log of a job (all its tasks) or of one task.")
final class LogsCommand implements Callable<Integer>, ClientCommand {
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final int MAX_DRAINS = 5;
    private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "CANCELLED", "SKIPPED", "STOPPED");
    private final ClientSession session;

    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions options;

    @Parameters(paramLabel = "ID", description = "A job's id or a task's id.")
    String id;

    @Option(names = {"-f", "--follow"}, description = "Keep printing new output until the job or task ends.")
    boolean follow;

    LogsCommand(ClientSession session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        try (TorkApi api = options.api(session.configSource())) {
            LogSource source = sourceOf(api);
            LogParts parts = new LogParts(api, source, id);
            Output output = new Output(ClientSession.out(spec), options.json);
            output.print(parts.next());
            while (follow && !hasEnded(api, source)) {
                Thread.sleep(POLL.toMillis());
                output.print(parts.next());
            }
            if (follow) drain(parts, output);
            output.end();
            return OK;
        }
    }

    /**
     * Log parts travel apart from the news that a task ended, so the last ones may be stored a moment after the
     * end: keep looking until a look finds nothing new.
     */
    private static void drain(LogParts parts, Output output) throws Exception {
        for (int look = 0; look < MAX_DRAINS; look++) {
            Thread.sleep(POLL.toMillis());
            List<JsonNode> late = parts.next();
            if (late.isEmpty()) return;
            output.print(late);
        }
    }

    private LogSource sourceOf(TorkApi api) {
        try {
            api.job(id);
            return LogSource.JOB;
        } catch (ClientException e) {
            if (!e.isNotFound()) throw e;
        }
        try {
            api.task(id);
            return LogSource.TASK;
        } catch (ClientException e) {
            if (e.isNotFound()) throw new ClientException("no job or task has the id " + id, 404, e);
            throw e;
        }
    }

    private boolean hasEnded(TorkApi api, LogSource source) {
        JsonNode owner = (source == LogSource.JOB ? api.job(id) : api.task(id)).json();
        return ENDED.contains(owner.path("state").asText());
    }

    /** Log text as written; with {@code --json} one log part per line, as the API gives it. */
    private static final class Output {
        // here rather than in the command, which every start of the engine creates: Jackson takes a while to load
        private static final ObjectMapper JSON = new ObjectMapper();
        private final PrintWriter out;
        private final boolean json;
        private boolean atLineStart = true;

        Output(PrintWriter out, boolean json) {
            this.out = out;
            this.json = json;
        }

        void print(List<JsonNode> parts) throws java.io.IOException {
            for (JsonNode part : parts) {
                if (json) {
                    out.println(JSON.writeValueAsString(part));
                } else {
                    String contents = part.path("contents").asText("");
                    out.print(contents);
                    if (!contents.isEmpty()) atLineStart = contents.endsWith("\n");
                }
            }
            out.flush();
        }

        void end() {
            if (!atLineStart) out.println();
            out.flush();
        }
    }
}
