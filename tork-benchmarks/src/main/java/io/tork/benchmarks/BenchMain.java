package io.tork.benchmarks;

import io.tork.app.config.TorkConfig;
import io.tork.app.logging.LoggingSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the benchmarks, prints the table and writes {@code docs/benchmarks.md}. Arguments: {@code --rounds N}
 * (default 3), {@code --only docker,dispatch,distributed,latency,each,startup}, {@code --quick} (small sizes, for
 * checking the harness; written to target/ instead of docs/), {@code --root DIR} (the repository).
 * Exits with 0 when every target is met, 2 when one is missed and 1 when a benchmark could not run.
 */
public final class BenchMain {
    private static final List<String> ALL = List.of("docker", "dispatch", "distributed", "latency", "each", "startup");

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        LoggingSetup.apply(TorkConfig.of(Map.of("logging.level", "warn")).logging());
        List<Result> results = new ArrayList<>();
        Map<String, Exception> failures = new LinkedHashMap<>();
        try (Bench bench = new Bench(options.rounds, options.quick, options.root)) {
            for (String name : ALL) {
                if (!options.only.contains(name)) continue;
                Bench.log("=== %s ===", name);
                try {
                    results.addAll(run(name, bench));
                } catch (Exception e) {
                    Bench.log("%s could not run: %s", name, e);
                    e.printStackTrace();
                    failures.put(name, e);
                }
            }
        }
        Report report = new Report(results);
        System.out.println();
        System.out.print(report.table());
        failures.forEach((name, e) -> System.out.println("NOT RUN: " + name + ": " + e));
        Path page = options.quick ? options.root.resolve("tork-benchmarks/target/benchmarks-quick.md")
                : options.root.resolve("docs/benchmarks.md");
        if (options.only.containsAll(ALL) || options.quick) {
            Files.createDirectories(page.getParent());
            Files.writeString(page, report.markdown(runInfo(options), Explanations.TEXT));
            System.out.println("Written: " + options.root.relativize(page));
        } else {
            System.out.println("Only part of the benchmarks ran: " + options.root.relativize(page) + " left as it was.");
        }
        System.exit(!failures.isEmpty() ? 1 : results.stream().anyMatch(Result::missed) ? 2 : 0);
    }

    private static List<Result> run(String name, Bench bench) throws Exception {
        return switch (name) {
            case "docker" -> new DockerBenchmark(bench).run();
            case "dispatch" -> new DispatchBenchmark(bench).standalone();
            case "distributed" -> new DispatchBenchmark(bench).distributed();
            case "latency" -> new LatencyBenchmark(bench).run();
            case "each" -> new EachBenchmark(bench).run();
            case "startup" -> new StartupBenchmark(bench).run();
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static Report.RunInfo runInfo(Options options) throws IOException {
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                .findFirst().map(l -> Math.round(Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0) + " GiB")
                .orElse("? GiB");
        String machine = Runtime.getRuntime().availableProcessors() + " cores, " + memory + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.version");
        String command = options.quick ? "./bench --quick" : options.rounds == 3 ? "./bench" : "./bench --rounds " + options.rounds;
        return new Report.RunInfo(command, machine, LocalDate.now().toString(), options.rounds);
    }

    record Options(int rounds, boolean quick, Set<String> only, Path root) {
        static Options parse(String[] args) {
            int rounds = 3;
            boolean quick = false;
            Set<String> only = new LinkedHashSet<>(ALL);
            Path root = Path.of("").toAbsolutePath();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--rounds" -> rounds = Integer.parseInt(value(args, ++i, "--rounds"));
                    case "--quick" -> quick = true;
                    case "--only" -> {
                        only = new LinkedHashSet<>(List.of(value(args, ++i, "--only").split(",")));
                        if (!ALL.containsAll(only)) throw new IllegalArgumentException("--only takes some of " + ALL);
                    }
                    case "--root" -> root = Path.of(value(args, ++i, "--root")).toAbsolutePath();
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]
                            + " (known: --rounds N, --only " + String.join(",", ALL) + ", --quick, --root DIR)");
                }
            }
            if (rounds < 1) throw new IllegalArgumentException("--rounds must be at least 1");
            return new Options(rounds, quick, only, root);
        }

        private static String value(String[] args, int i, String name) {
            if (i >= args.length) throw new IllegalArgumentException(name + " needs a value");
            return args[i];
        }
    }
}
