package io.tork.app.cli;

import io.tork.app.config.TorkConfig;
import io.tork.app.logging.LoggingSetup;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code tork plugins}: lists the plugins of {@code plugins.dir} as the engine would load them, with what each
 * provides, and why a broken one is left out. Fails (status 1) when two providers share a name, as the engine
 * would refuse to start.
 */
@Command(
        name = "plugins",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "List the plugins of plugins.dir: their state and the runtimes and functions they provide.")
final class PluginsCommand implements Callable<Integer> {
    private static final List<String> HEADER = List.of("PLUGIN", "VERSION", "STATE", "RUNTIMES", "FUNCTIONS");

    private final ConfigSource configSource;
    private final PluginInventory inventory;

    @Spec
    CommandSpec spec;

    PluginsCommand(ConfigSource configSource, PluginInventory inventory) {
        this.configSource = Objects.requireNonNull(configSource);
        this.inventory = Objects.requireNonNull(inventory);
    }

    @Override
    public Integer call() {
        TorkConfig config = configSource.load();
        LoggingSetup.apply(config.logging());
        PluginInventory.Report report = inventory.inspect(config);
        PrintWriter out = spec.commandLine().getOut();
        if (report.plugins().isEmpty()) {
            out.println("No plugin jars in " + report.folder() + " (plugins.dir)");
        } else {
            out.println("Plugins in " + report.folder() + ":");
            printTable(out, report.plugins());
            report.plugins().stream().filter(row -> row.problem() != null)
                    .forEach(row -> out.println(row.file() + ": " + row.problem()));
        }
        out.println("Built in: runtimes " + String.join(", ", report.builtInRuntimes()) + "; "
                + report.builtInFunctions() + " expression functions");
        out.flush();
        if (!report.conflicts().isEmpty()) {
            throw new CommandFailedException(String.join("; ", report.conflicts())
                    + ": the engine will not start until one of them is removed from " + report.folder());
        }
        return 0;
    }

    private static void printTable(PrintWriter out, List<PluginInventory.Row> rows) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(HEADER);
        for (PluginInventory.Row row : rows) {
            lines.add(List.of(row.id(), row.version(), row.state(), listed(row.runtimes()), listed(row.functions())));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                boolean last = i == line.size() - 1;
                text.append(last ? line.get(i) : String.format("%-" + widths[i] + "s  ", line.get(i)));
            }
            out.println(text.toString().stripTrailing());
        }
    }

    private static String listed(List<String> names) {
        return names.isEmpty() ? "-" : String.join(",", names);
    }
}
