package io.tork.app.cli;

import io.tork.app.client.TorkApi;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A client command that asks the API to do one thing to one job and says that it was done. */
abstract class JobActionCommand implements Callable<Integer>, ClientCommand {
    private final ClientSession session;

    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions options;

    @Parameters(paramLabel = "JOB_ID", description = "The job's id.")
    String id;

    JobActionCommand(ClientSession session) {
        this.session = session;
    }

    abstract TorkApi.Answer act(TorkApi api, String jobId);

    /** What a person reads once the API took the request. */
    abstract String confirmation(String jobId);

    @Override
    public Integer call() {
        try (TorkApi api = options.api(session.configSource())) {
            TorkApi.Answer answer = act(api, id);
            PrintWriter out = ClientSession.out(spec);
            out.println(options.json ? answer.body().strip() : confirmation(id));
            out.flush();
            return OK;
        }
    }
}
