package io.tork.app.cli;

import io.tork.app.client.TorkApi;
import picocli.CommandLine.Command;

/** {@code tork cancel <id>}: stops a running job. */
@Command(
        name = "cancel",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Cancel a running job and its running tasks.")
final class CancelCommand extends JobActionCommand {
    CancelCommand(ClientSession session) {
        super(session);
    }

    @Override
    TorkApi.Answer act(TorkApi api, String jobId) {
        return api.cancel(jobId);
    }

    @Override
    String confirmation(String jobId) {
        return "Job " + jobId + " is being cancelled.";
    }
}
