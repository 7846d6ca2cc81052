package io.tork.app.cli;

import io.tork.app.client.TorkApi;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tork cancel <id>}: stops a running job. */
@Command(
        name = "cancel",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Cancel a running job and its running tasks.")
final class CancelCommand implements Callable<Integer>, ClientCommand {
    private final ClientSession session;

    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions options;

    @Parameters(paramLabel = "JOB_ID", description = "The job's id.")
    String id;

    CancelCommand(ClientSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        try (TorkApi api = options.api(session.configSource())) {
            TorkApi.Answer answer = api.cancel(id);
            PrintWriter out = ClientSession.out(spec);
            out.println(options.json ? answer.body().strip() : "Job " + id + " is being cancelled.");
            out.flush();
            return OK;
        }
    }
}
