package io.tork.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The results as a plain-text table for the terminal and as the Markdown page {@code docs/benchmarks.md}. */
final class Report {
    private static final List<String> HEADERS =
            List.of("Benchmark", "Target", "Measured", "Baseline (same run)", "Against baseline", "Verdict");

    private final List<Result> results;

    Report(List<Result> results) {
        this.results = List.copyOf(results);
    }

    String table() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (Result r : results) rows.add(cells(r));
        int[] widths = new int[HEADERS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) widths[i] = Math.max(widths[i], row.get(i).length());
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int i = 0; i < row.size(); i++) {
                out.append(i == 0 ? "" : " | ").append(pad(row.get(i), widths[i]));
            }
            out.append('\n');
            if (r == 0) {
                for (int i = 0; i < widths.length; i++) out.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
                out.append('\n');
            }
        }
        long missed = results.stream().filter(Result::missed).count();
        long targets = results.stream().filter(r -> r.target() != null).count();
        out.append(missed == 0 ? "All " + targets + " targets met." : missed + " of " + targets + " targets missed.")
                .append('\n');
        return out.toString();
    }

    /** The table, a chart of each target's headroom and the rounds behind each median. */
    String markdown(RunInfo run, String explanations) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n")
                .append("Measured by `").append(run.command()).append("` on ").append(run.machine()).append(", ")
                .append(run.date()).append(". Every figure is the median of ").append(run.rounds())
                .append(" rounds and is compared with a baseline measured in the same run, so the comparison holds on a ")
                .append("busy machine. This page is written by the harness (`tork-benchmarks`); do not edit it by hand.\n\n");
        md.append("| ").append(String.join(" | ", HEADERS)).append(" |\n");
        md.append("|").append(" --- |".repeat(HEADERS.size())).append('\n');
        for (Result r : results) {
            md.append("| ").append(cells(r).stream().map(Report::escape).collect(Collectors.joining(" | "))).append(" |\n");
        }
        md.append('\n').append(chart()).append('\n');
        md.append(explanations).append('\n');
        md.append("## Rounds\n\n");
        for (Result r : results) {
            md.append("- ").append(r.section()).append(" — ").append(r.name()).append(": ")
                    .append(r.rounds().stream().map(v -> Format.value(v, r.unit())).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        return md.toString();
    }

    /** A Mermaid bar chart: each target's measurement as a percentage of the target, 100 being just met. */
    String chart() {
        List<Result> held = results.stream().filter(r -> r.target() != null).toList();
        if (held.isEmpty()) return "";
        List<String> labels = new ArrayList<>();
        List<String> values = new ArrayList<>();
        double highest = 100;
        for (int i = 0; i < held.size(); i++) {
            Result r = held.get(i);
            double percent = Math.min(1000, 100 * r.target().headroom(r.measured()));
            highest = Math.max(highest, percent);
            labels.add("\"T" + (i + 1) + "\"");
            values.add(String.format(Locale.ROOT, "%.0f", percent));
        }
        StringBuilder chart = new StringBuilder();
        chart.append("## Headroom\n\n")
                .append("Each bar is a measurement as a percentage of its target, oriented so that more is better: ")
                .append("100 means just met, 200 twice as good as required. The line marks 100.\n\n");
        chart.append("```mermaid\nxychart-beta\n    title \"Measured as % of target (≥ 100 = met)\"\n")
                .append("    x-axis [").append(String.join(", ", labels)).append("]\n")
                .append("    y-axis \"% of target\" 0 --> ").append((int) (Math.ceil(highest / 100) * 100)).append('\n')
                .append("    bar [").append(String.join(", ", values)).append("]\n")
                .append("    line [").append(String.join(", ", held.stream().map(r -> "100").toList())).append("]\n")
                .append("```\n\n");
        for (int i = 0; i < held.size(); i++) {
            Result r = held.get(i);
            chart.append("- T").append(i + 1).append(": ").append(r.section()).append(" — ").append(r.name())
                    .append(" (").append(r.targetText()).append(", measured ").append(r.measuredText()).append(")\n");
        }
        return chart.toString();
    }

    private static List<String> cells(Result r) {
        return List.of(r.section() + " — " + r.name(), r.targetText(), r.measuredText(), r.baseline(), r.comparison(),
                r.verdict());
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|");
    }

    /** Where and how the run happened, for the page's heading. */
    record RunInfo(String command, String machine, String date, int rounds) {
    }
}
