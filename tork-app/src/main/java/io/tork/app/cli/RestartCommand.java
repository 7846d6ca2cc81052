package io.tork.app.cli;

import io.tork.app.client.TorkApi;
import picocli.CommandLine.Command;

/** {@code tork restart <id>}: resumes a failed or cancelled job where it stopped. */
@Command(
        name = "restart",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Restart a failed or cancelled job at the task that stopped it.")
final class RestartCommand extends JobActionCommand {
    RestartCommand(ClientSession session) {
        super(session);
    }

    @Override
    TorkApi.Answer act(TorkApi api, String jobId) {
        return api.restart(jobId);
    }

    @Override
    String confirmation(String jobId) {
        return "Job " + jobId + " is restarting.";
    }
}
