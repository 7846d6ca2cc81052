package io.tork.app.cli;

import io.tork.app.client.TorkApi;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tork restart <id>}: resumes a failed or cancelled job where it stopped. */
@Command(
        name = "restart",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Restart a failed or cancelled job at the task that stopped it.")
final class RestartCommand implements Callable<Integer>, ClientCommand {
    private final ClientSession session;

    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions options;

    @Parameters(paramLabel = "JOB_ID", description = "The job's id.")
    String id;

    RestartCommand(ClientSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        try (TorkApi api = options.api(session.configSource())) {
            TorkApi.Answer answer = api.restart(id);
            PrintWriter out = ClientSession.out(spec);
            out.println(options.json ? answer.body().strip() : "Job " + id + " is restarting.");
            out.flush();
            return OK;
        }
    }
}
