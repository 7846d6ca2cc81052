package io.tork.app.cli;

import java.io.PrintWriter;
import java.util.Objects;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code tork} command line, assembled with its collaborators. Every error becomes one line on standard error
 * (plus its stack trace with {@code --verbose}) and exit status 1.
 */
public final class TorkCli {
    /** Exit status of any failure. */
    public static final int FAILURE = 1;

    private final ConfigSource configSource;
    private final EngineLauncher standalone;
    private final ShutdownHooks shutdownHooks;

    /**
     * @param configSource  loads the configuration when a command needs it
     * @param standalone    starts the engine for {@code tork run standalone}
     * @param shutdownHooks where {@code tork run} registers the graceful stop
     */
    public TorkCli(ConfigSource configSource, EngineLauncher standalone, ShutdownHooks shutdownHooks) {
        this.configSource = Objects.requireNonNull(configSource);
        this.standalone = Objects.requireNonNull(standalone);
        this.shutdownHooks = Objects.requireNonNull(shutdownHooks);
    }

    /** Runs the command line with the process's standard output and error; returns the exit status. */
    public int execute(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** The command line, writing to the given streams. */
    public CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new TorkCommand())
                .addSubcommand(new RunCommand(configSource, standalone, shutdownHooks))
                .addSubcommand(new HealthCommand(configSource));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(TorkCli::reportFailure);
        commandLine.setParameterExceptionHandler(TorkCli::reportMisuse);
        return commandLine;
    }

    private static int reportFailure(Exception failure, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        err.println("Error: " + oneLine(failure));
        if (verbose(parsed)) {
            failure.printStackTrace(err);
        }
        err.flush();
        return FAILURE;
    }

    private static int reportMisuse(ParameterException misuse, String[] args) {
        CommandLine command = misuse.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("Error: " + misuse.getMessage());
        UnmatchedArgumentException.printSuggestions(misuse, err);
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return FAILURE;
    }

    /** The failure's message, or its cause's when it only wraps one, on a single line. */
    static String oneLine(Throwable failure) {
        Throwable shown = failure;
        while (shown.getMessage() == null && shown.getCause() != null) {
            shown = shown.getCause();
        }
        String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption(TorkCommand.VERBOSE)) {
                return true;
            }
        }
        return false;
    }
}
