package io.tork.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code tork} command line, assembled with its collaborators. Every error becomes one line on standard error
 * (plus its stack trace with {@code --verbose}) and exit status 1.
 */
public final class TorkCli {
    /** Exit status of any failure of the engine's commands. */
    public static final int FAILURE = 1;

    private final ConfigSource configSource;
    private final Map<RunMode, EngineLauncher> launchers;
    private final DatabaseMigration migration;
    private final ShutdownHooks shutdownHooks;
    private final PluginInventory plugins;

    /**
     * @param configSource  loads the configuration when a command needs it
     * @param launchers     start the engine for {@code tork run <mode>}; a mode without one is refused
     * @param migration     what {@code tork migration} runs
     * @param shutdownHooks where {@code tork run} registers the graceful stop
     * @param plugins       what {@code tork plugins} lists
     */
    public TorkCli(ConfigSource configSource, Map<RunMode, EngineLauncher> launchers, DatabaseMigration migration,
                   ShutdownHooks shutdownHooks, PluginInventory plugins) {
        this.configSource = Objects.requireNonNull(configSource);
        this.launchers = Map.copyOf(launchers);
        this.migration = Objects.requireNonNull(migration);
        this.shutdownHooks = Objects.requireNonNull(shutdownHooks);
        this.plugins = Objects.requireNonNull(plugins);
    }

    /** A command line without {@code tork plugins}: for tests of the other commands. */
    public TorkCli(ConfigSource configSource, Map<RunMode, EngineLauncher> launchers, DatabaseMigration migration,
                   ShutdownHooks shutdownHooks) {
        this(configSource, launchers, migration, shutdownHooks, config -> {
            throw new CommandFailedException("tork plugins is not available in this build");
        });
    }

    /** A command line that can only run {@code standalone} (and has no migration): for tests of the CLI itself. */
    public TorkCli(ConfigSource configSource, EngineLauncher standalone, ShutdownHooks shutdownHooks) {
        this(configSource, Map.of(RunMode.STANDALONE, standalone), config -> {
            throw new CommandFailedException("tork migration is not available in this build");
        }, shutdownHooks);
    }

    /** Runs the command line with the process's standard output and error; returns the exit status. */
    public int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                Terminal.isInteractive(), args);
    }

    /** Runs the command line writing to the given streams, which are not a terminal; returns the exit status. */
    public int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(out, err, false, args);
    }

    /**
     * The engine's own command line, {@code run <mode>} and nothing else, is run without picocli: its classes are
     * compiled for Java 5, which the JVM's AOT cache cannot hold, and loading them would add a third to the
     * engine's start. It behaves as through picocli: same work, same one-line errors, same exit statuses.
     */
    private int execute(PrintWriter out, PrintWriter err, boolean terminal, String... args) {
        Optional<RunMode> engine = args.length == 2 && args[0].equals("run") ? RunMode.find(args[1]) : Optional.empty();
        if (engine.isEmpty()) {
            return commandLine(out, err, terminal).execute(args);
        }
        try {
            return new RunCommand(configSource, launchers, shutdownHooks).run(engine.get());
        } catch (Exception failure) {
            err.println("Error: " + oneLine(failure));
            err.flush();
            return FAILURE;
        }
    }

    /** The command line, writing to the given streams, which are not a terminal. */
    public CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, false);
    }

    private CommandLine commandLine(PrintWriter out, PrintWriter err, boolean terminal) {
        ClientSession client = new ClientSession(configSource, terminal);
        CommandLine commandLine = new CommandLine(new TorkCommand())
                .addSubcommand(new RunCommand(configSource, launchers, shutdownHooks))
                .addSubcommand(new MigrationCommand(configSource, migration))
                .addSubcommand(new HealthCommand(configSource))
                .addSubcommand(new PluginsCommand(configSource, plugins))
                .addSubcommand(new SubmitCommand(client))
                .addSubcommand(new JobsCommand(client))
                .addSubcommand(new JobCommand(client))
                .addSubcommand(new CancelCommand(client))
                .addSubcommand(new RestartCommand(client))
                .addSubcommand(new LogsCommand(client));
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
        return exitStatus(command);
    }

    /** Client commands tell a failed job (1) from a failure to do what was asked (2); see {@link ClientCommand}. */
    private static int exitStatus(CommandLine command) {
        return command.getCommand() instanceof ClientCommand ? ClientCommand.ERROR : FAILURE;
    }

    private static int reportMisuse(ParameterException misuse, String[] args) {
        CommandLine command = misuse.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("Error: " + misuse.getMessage());
        UnmatchedArgumentException.printSuggestions(misuse, err);
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return exitStatus(command);
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
