package io.tork.benchmarks;

import java.util.List;

/**
 * One line of the report: the median of the rounds' measurements, the target it is held to (none for figures
 * reported for information) and the baseline measured in the same run.
 *
 * @param rounds     each round's measurement, in the order measured
 * @param baseline   what the same run measured without the engine, in words and numbers
 * @param comparison the measurement set against that baseline
 */
record Result(String section, String name, Target target, double measured, String unit, List<Double> rounds,
              String baseline, String comparison) {

    static Result of(String section, String name, Target target, List<Double> rounds, String unit, String baseline,
                     String comparison) {
        return new Result(section, name, target, Stats.median(rounds), unit, List.copyOf(rounds), baseline, comparison);
    }

    String verdict() {
        if (target == null) return "info";
        return target.isMet(measured) ? "PASS" : "MISS";
    }

    boolean missed() {
        return target != null && !target.isMet(measured);
    }

    String measuredText() {
        return Format.value(measured, unit);
    }

    String targetText() {
        return target == null ? "—" : target.describe();
    }
}
