package io.tork.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
    private final Report report = new Report(List.of(
            Result.of("1. Docker", "ratio", Target.atMost(1.15, "×"), List.of(1.05, 1.10, 1.07), "×", "direct 5 s", "engine 5.3 s"),
            Result.of("2. Dispatch", "rate", Target.atLeast(2000, "tasks/s"), List.of(1000.0), "tasks/s", "broker | raw", "50%"),
            Result.of("3. Latency", "p50", null, List.of(2.0), "ms", "health", "1×")));

    @Test
    void theTableShowsEachResultWithItsVerdictAndCountsTheMisses() {
        String table = report.table();
        assertThat(table).contains("1. Docker — ratio", "≤ 1.15×", "1.07×", "PASS");
        assertThat(table).contains("2. Dispatch — rate", "≥ 2,000 tasks/s", "1,000 tasks/s", "MISS");
        assertThat(table).contains("3. Latency — p50", "info");
        assertThat(table).endsWith("1 of 2 targets missed.\n");
    }

    @Test
    void thePageHasAMarkdownTableAChartOfTheTargetsAndEveryRound() {
        String page = report.markdown(new Report.RunInfo("./bench", "2 cores", "2026-01-01", 3), "## What is measured\n");
        assertThat(page).contains("| 2. Dispatch — rate | ≥ 2,000 tasks/s | 1,000 tasks/s | broker \\| raw | 50% | MISS |");
        assertThat(page).contains("```mermaid", "xychart-beta", "bar [107, 50]", "line [100, 100]");
        assertThat(page).contains("- T1: 1. Docker — ratio", "- T2: 2. Dispatch — rate");
        assertThat(page).doesNotContain("T3:");
        assertThat(page).contains("1. Docker — ratio: 1.05×, 1.10×, 1.07×");
        assertThat(page).contains("## What is measured");
    }
}
