package io.tork.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.tork.app.client.ClientException;
import io.tork.app.client.JobProgress;
import io.tork.app.client.ProgressDisplay;
import io.tork.app.client.Times;
import io.tork.app.client.TorkApi;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tork submit job.yaml [--wait]}: submits a job document and, with {@code --wait}, follows it to its end. */
@Command(
        name = "submit",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Submit a job (a YAML or JSON file) to a running coordinator.",
        footer = {"", "Exit status: 0 submitted (or, with --wait, completed); 1 the job failed or was cancelled;",
                "2 the job could not be submitted or followed."})
final class SubmitCommand implements Callable<Integer>, ClientCommand {
    private static final Duration POLL = Duration.ofMillis(500);
    private final ClientSession session;

    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions options;

    @Parameters(paramLabel = "FILE", description = "The job document: a .yaml, .yml or .json file, or - to read "
            + "standard input.")
    String file;

    @Option(names = "--wait", description = "Wait for the job to end, showing its progress and the tasks running.")
    boolean waitForEnd;

    SubmitCommand(ClientSession session) {
        this.session = session;
    }

    @Override
    public Integer call() throws InterruptedException {
        byte[] document = read();
        try (TorkApi api = options.api(session.configSource())) {
            TorkApi.Answer submitted = api.submitJob(document, contentType(document));
            String id = submitted.json().path("id").asText();
            PrintWriter out = ClientSession.out(spec);
            if (!waitForEnd) {
                if (options.json) {
                    out.println(submitted.body().strip());
                } else {
                    out.println("Job " + id + " submitted" + name(submitted.json()) + ".");
                    out.println("Follow it with: tork logs " + id + " --follow");
                }
                out.flush();
                return OK;
            }
            if (!options.json) {
                out.println("Job " + id + " submitted" + name(submitted.json()) + "; waiting for it to end.");
            }
            return awaitEnd(api, id);
        }
    }

    private int awaitEnd(TorkApi api, String id) throws InterruptedException {
        PrintWriter out = ClientSession.out(spec);
        ProgressDisplay display = new ProgressDisplay(out, session.terminal());
        TorkApi.Answer latest;
        JobProgress progress;
        while (true) {
            latest = api.job(id);
            progress = JobProgress.of(latest.json());
            if (!options.json) display.show(progress);
            if (progress.isFinished()) break;
            Thread.sleep(POLL.toMillis());
        }
        display.finish();
        JsonNode job = latest.json();
        if (options.json) {
            out.println(latest.body().strip());
            out.flush();
        } else {
            report(job, progress.state());
        }
        return progress.state().equals("COMPLETED") ? OK : JOB_FAILED;
    }

    private void report(JsonNode job, String state) {
        String id = job.path("id").asText();
        String took = Times.ran(job, Instant.now());
        String after = took.isEmpty() ? "" : " after " + took;
        if (state.equals("COMPLETED")) {
            PrintWriter out = ClientSession.out(spec);
            out.println("Job " + id + " COMPLETED" + after + ".");
            if (job.hasNonNull("result") && !job.path("result").asText().isEmpty()) {
                out.println("Result: " + job.path("result").asText());
            }
            out.flush();
        } else {
            PrintWriter err = ClientSession.err(spec);
            String error = job.path("error").asText("");
            err.println("Job " + id + " " + state + after + (error.isEmpty() ? "." : ": " + error));
            err.println("See its log with: tork logs " + id);
            err.flush();
        }
    }

    private byte[] read() {
        try {
            return file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new ClientException("cannot read " + file + ": no such file", 0, e);
        } catch (IOException e) {
            throw new ClientException("cannot read " + file + ": " + e.getMessage(), 0, e);
        }
    }

    /** By the file's extension, else by its first character: JSON documents are objects. */
    private String contentType(byte[] document) {
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) return "application/json";
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "text/yaml";
        String text = new String(document, java.nio.charset.StandardCharsets.UTF_8).stripLeading();
        return text.startsWith("{") ? "application/json" : "text/yaml";
    }

    private static String name(JsonNode job) {
        String name = job.path("name").asText("");
        return name.isEmpty() ? "" : " (" + name + ")";
    }
}
