package io.tork.app.e2e;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text exposition format 0.0.4 and of OpenMetrics 1.0, as a scraper would read
 * them: it refuses malformed lines, samples without or before their {@code # TYPE}, families split in two,
 * duplicate series, histograms whose buckets are not cumulative or disagree with their count, and (OpenMetrics) a
 * missing {@code # EOF}.
 */
final class PrometheusText {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Pattern TYPE = Pattern.compile(
            "# TYPE (" + NAME.pattern() + ") (counter|gauge|histogram|summary|untyped|unknown|info|stateset|gaugehistogram)");
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME.pattern() + ")( .*)?");
    private static final Pattern UNIT = Pattern.compile("# UNIT (" + NAME.pattern() + ") ?(.*)");

    /** One series: a metric name and its labels. */
    record Series(String name, Map<String, String> labels) {
    }

    private final Map<Series, Double> samples = new LinkedHashMap<>();
    private final Map<String, String> types = new HashMap<>();

    private PrometheusText() {
    }

    static PrometheusText parse(String text, boolean openMetrics) {
        PrometheusText parsed = new PrometheusText();
        parsed.read(text, openMetrics);
        return parsed;
    }

    Map<Series, Double> samples() {
        return samples;
    }

    String typeOf(String family) {
        return types.get(family);
    }

    /** The value of the one series {@code name} whose labels include {@code labels} (name, value, name, value…). */
    double value(String name, String... labels) {
        List<Double> found = new ArrayList<>();
        samples.forEach((series, value) -> {
            if (series.name().equals(name) && hasLabels(series, labels)) found.add(value);
        });
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " series " + name + " with " + List.of(labels) + "; series named "
                    + name + ": " + samples.keySet().stream().filter(s -> s.name().equals(name)).toList());
        }
        return found.getFirst();
    }

    boolean has(String name) {
        return samples.keySet().stream().anyMatch(s -> s.name().equals(name));
    }

    private static boolean hasLabels(Series series, String[] labels) {
        for (int i = 0; i + 1 < labels.length; i += 2) {
            if (!labels[i + 1].equals(series.labels().get(labels[i]))) return false;
        }
        return true;
    }

    private void read(String text, boolean openMetrics) {
        if (!text.endsWith("\n")) throw fail(0, "the exposition must end with a line feed");
        String[] lines = text.split("\n", -1);
        String family = null;
        boolean eof = false;
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            int number = i + 1;
            if (eof) throw fail(number, "content after # EOF");
            if (line.isEmpty()) {
                if (openMetrics) throw fail(number, "empty lines are not allowed in OpenMetrics");
                continue;
            }
            if (line.equals("# EOF")) {
                if (!openMetrics) throw fail(number, "# EOF belongs to OpenMetrics");
                eof = true;
                continue;
            }
            if (line.startsWith("#")) {
                Matcher type = TYPE.matcher(line);
                if (type.matches()) {
                    String declared = type.group(1);
                    if (types.containsKey(declared)) throw fail(number, "second # TYPE for " + declared);
                    family = declared;
                    types.put(declared, type.group(2));
                    continue;
                }
                if (HELP.matcher(line).matches() || (openMetrics && UNIT.matcher(line).matches())) continue;
                if (openMetrics) throw fail(number, "unknown comment " + line);
                continue;
            }
            Sample sample = sample(line, number);
            String owner = familyOf(sample.series().name(), family);
            // only the family declared last may have samples here, so a family split in two fails as well
            if (owner == null) throw fail(number, sample.series().name() + " has no # TYPE before it");
            if (samples.put(sample.series(), sample.value()) != null) {
                throw fail(number, "duplicate series " + sample.series());
            }
        }
        if (openMetrics && !eof) throw fail(lines.length, "OpenMetrics must end with # EOF");
        checkHistograms();
    }

    /** The family a sample name belongs to, given the family declared last. */
    private String familyOf(String name, String current) {
        if (current == null) return null;
        String type = types.get(current);
        Set<String> allowed = switch (type) {
            case "counter" -> Set.of(current, current + "_total", current + "_created");
            case "histogram", "gaugehistogram" -> Set.of(current + "_bucket", current + "_count", current + "_sum",
                    current + "_created", current + "_gcount", current + "_gsum");
            case "summary" -> Set.of(current, current + "_count", current + "_sum", current + "_created");
            case "info" -> Set.of(current + "_info");
            default -> Set.of(current);
        };
        return allowed.contains(name) ? current : null;
    }

    private record Sample(Series series, double value) {
    }

    private Sample sample(String line, int number) {
        Matcher name = NAME.matcher(line);
        if (!name.lookingAt()) throw fail(number, "no metric name: " + line);
        int at = name.end();
        Map<String, String> labels = new TreeMap<>();
        if (at < line.length() && line.charAt(at) == '{') {
            at = labels(line, at + 1, labels, number);
        }
        if (at >= line.length() || line.charAt(at) != ' ') throw fail(number, "expected a space before the value");
        String[] rest = line.substring(at + 1).split(" ", -1);
        if (rest.length < 1 || rest.length > 2 || rest[0].isEmpty()) throw fail(number, "bad value part: " + line);
        double value = number(rest[0], number);
        if (rest.length == 2 && !rest[1].matches("-?\\d+(\\.\\d+)?")) throw fail(number, "bad timestamp " + rest[1]);
        return new Sample(new Series(name.group(), labels), value);
    }

    private int labels(String line, int at, Map<String, String> labels, int number) {
        while (true) {
            if (at < line.length() && line.charAt(at) == '}') return at + 1;
            Matcher labelName = LABEL_NAME.matcher(line).region(at, line.length());
            if (!labelName.lookingAt()) throw fail(number, "bad label name at column " + at);
            at = labelName.end();
            if (!line.startsWith("=\"", at)) throw fail(number, "expected =\" after " + labelName.group());
            at += 2;
            StringBuilder value = new StringBuilder();
            while (true) {
                if (at >= line.length()) throw fail(number, "unterminated label value");
                char c = line.charAt(at++);
                if (c == '"') break;
                if (c == '\\') {
                    if (at >= line.length()) throw fail(number, "dangling escape");
                    char escaped = line.charAt(at++);
                    switch (escaped) {
                        case '\\' -> value.append('\\');
                        case '"' -> value.append('"');
                        case 'n' -> value.append('\n');
                        default -> throw fail(number, "bad escape \\" + escaped);
                    }
                } else {
                    value.append(c);
                }
            }
            if (labels.put(labelName.group(), value.toString()) != null) {
                throw fail(number, "label " + labelName.group() + " twice");
            }
            if (at < line.length() && line.charAt(at) == ',') at++;
            else if (at >= line.length() || line.charAt(at) != '}') throw fail(number, "expected , or }");
        }
    }

    private static double number(String text, int line) {
        switch (text) {
            case "NaN": return Double.NaN;
            case "+Inf": return Double.POSITIVE_INFINITY;
            case "-Inf": return Double.NEGATIVE_INFINITY;
            default:
                if (!text.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) throw fail(line, "bad number " + text);
                return Double.parseDouble(text);
        }
    }

    /** Buckets of every histogram series: cumulative, ending at +Inf, which equals the count. */
    private void checkHistograms() {
        Map<Series, TreeMap<Double, Double>> buckets = new LinkedHashMap<>();
        samples.forEach((series, value) -> {
            if (!series.name().endsWith("_bucket")) return;
            Map<String, String> others = new TreeMap<>(series.labels());
            String le = others.remove("le");
            if (le == null) throw new AssertionError("bucket without le: " + series);
            String base = series.name().substring(0, series.name().length() - "_bucket".length());
            buckets.computeIfAbsent(new Series(base, others), k -> new TreeMap<>()).put(number(le, 0), value);
        });
        buckets.forEach((series, bounds) -> {
            double previous = 0;
            for (double count : bounds.values()) {
                if (count < previous) throw new AssertionError("buckets of " + series + " are not cumulative: " + bounds);
                previous = count;
            }
            if (!bounds.containsKey(Double.POSITIVE_INFINITY)) throw new AssertionError(series + " lacks le=+Inf");
            Double count = samples.get(new Series(series.name() + "_count", series.labels()));
            if (count == null || !count.equals(bounds.get(Double.POSITIVE_INFINITY))) {
                throw new AssertionError(series + ": +Inf bucket " + bounds.get(Double.POSITIVE_INFINITY)
                        + " differs from its count " + count);
            }
        });
    }

    private static AssertionError fail(int line, String problem) {
        return new AssertionError("line " + line + ": " + problem);
    }
}
