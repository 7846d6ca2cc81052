package io.tork.app.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The vocabulary of the job-document fuzzer: values of the right kind for each field, and values of every other
 * kind. Accepted jobs really run on the test machine, so every text that could end up as a {@code run} script is
 * harmless: only {@code echo}, {@code true}, {@code false} and {@code sleep 0}, writing nowhere but the task's
 * own {@code $TORK_OUTPUT}. No value holds a shell operator that could redirect or chain commands, and no value
 * is an existing absolute path.
 */
final class FuzzValues {
    static final List<String> SCRIPTS = List.of("echo hi", "true", "false", "sleep 0", "echo -n ok > $TORK_OUTPUT",
            "echo {{ inputs.x }}", "echo -n done > $TORK_OUTPUT");
    private static final List<String> NAMES = List.of("a", "build", "step one", "task-{{ 1 + 1 }}", "{{ inputs.x }}",
            "ünïcödé ✓", "x".repeat(80), "", " ", "{{ item.value }}");
    private static final List<String> GOOD_EXPRESSIONS = List.of("{{ 1 + 1 }}", "{{ inputs.x }}", "{{ tasks.a }}",
            "{{ inputs.x == 'a' }}", "{{ true }}", "{{ false }}", "{{ len('abc') }}", "{{ upper('a') }}",
            "{{ randomInt(3) }}", "{{ item.value }}", "{{ job.id }}", "{{ inputs.x ?? 'none' }}",
            "{{ 1 == 1 ? 'yes' : 'no' }}", "{{ toJSON([1, 2]) }}", "{{ split('a,b', ',') }}", "{{ not true }}");
    /** Expressions that parse but fail, or give a value of the wrong kind, when evaluated. */
    private static final List<String> FAILING_EXPRESSIONS = List.of("{{ 1/0 }}", "{{ fromJSON('oops') }}",
            "{{ nosuch }}", "{{ nosuch.x }}", "{{ 5 }}", "{{ randomInt(-1) }}", "{{ sequence('a', 2) }}",
            "{{ first([]) }}", "{{ fromBase64('%%%') }}", "{{ ''.getClass() }}");
    private static final List<String> GARBAGE_EXPRESSIONS = List.of("{{ 1 + }}", "{{ ) }}", "{{ [ }}", "{{",
            "}}", "{{ }}", "{{ 'unterminated }}", "{{ a b c }}", "{{ {{ }} }}", "{{ x = 1 }}", "{{ for }}",
            "{{ new('x') }}", "{{ 1 +* 2 }}", "{ 1 + 1 }}", "{{ 1 + 1 }", "{{ @ }}");
    /** No shell operators, globs or letters that spell a command: garbage may end up as a script. */
    private static final String GARBAGE_CHARACTERS = "{}()[]+-/%!=?:.,'\"#@^ qk0129\t";
    static final List<String> LIST_EXPRESSIONS = List.of("{{ sequence(1, 4) }}", "{{ [1, 2] }}", "{{ [] }}",
            "{{ fromJSON('[1, 2, 3]') }}", "{{ split('a,b', ',') }}", "{{ [{'k': 1}] }}", "{{ sequence(2, 2) }}");
    private static final List<String> GOOD_DURATIONS = List.of("1s", "10ms", "5m", "1h30m", "0", "300ms", "2h");
    private static final List<String> BAD_DURATIONS = List.of("5", "-1s", "soon", "1y", "1.5.5s", "s", "1 day",
            "99999999999999999999h", "{{ 1 }}s");
    private static final List<String> QUEUES = List.of("default", "default", "fuzz-unconsumed", "x-private",
            "pending", "jobs", "{{ 'default' }}", "{{ 'x-' + 'a' }}", "");
    private static final List<Object> NUMBERS = List.of(0, 1, 2, 5, 9, 10, 11, -1, 99999, 100000, 65535, 65536,
            Integer.MAX_VALUE, Long.MAX_VALUE, 1.5, -0.0, 1e300);
    private static final List<String> EVENTS = List.of("job.StateChange", "job.Progress", "task.StateChange",
            "task.Progress", "", "job.Done");
    private static final List<String> MOUNT_TYPES = List.of("volume", "bind", "tmpfs", "", "nfs");
    private static final List<String> MOUNT_PATHS = List.of("/fuzz/data", "/fuzz/cache", "/tork", "/tork/x",
            "relative", "/bad;path", "");
    private static final List<String> ENV_NAMES = List.of("A", "GREETING", "N", "X_1", "lower", "", "with space");
    private static final List<String> FILE_NAMES = List.of("notes.txt", "a", "script.sh", "../escape", "dir/file",
            ".", "");
    private static final List<String> WORKDIRS = List.of("sub", "fuzz-nowhere", "w".repeat(300), "");
    private static final List<String> KEYS = List.of("colour", "imge", "comand", "retries", "Name", "TASKS",
            "list", "task", "tasks", "limit", "x-extra", "", "12", "name ");

    private final Random random;

    FuzzValues(Random random) {
        this.random = random;
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int lowInclusive, int highInclusive) {
        return lowInclusive + random.nextInt(highInclusive - lowInclusive + 1);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    String script() {
        return pick(SCRIPTS);
    }

    String name() {
        return pick(NAMES);
    }

    String text() {
        return chance(0.7) ? pick(NAMES) : garbageText();
    }

    /** An expression for a templated or expression field: mostly sound, sometimes failing, sometimes garbage. */
    String expression() {
        double roll = random.nextDouble();
        if (roll < 0.5) return pick(GOOD_EXPRESSIONS);
        if (roll < 0.7) return pick(FAILING_EXPRESSIONS);
        if (roll < 0.9) return pick(GARBAGE_EXPRESSIONS);
        return "{{ " + garbageText() + " }}";
    }

    String listExpression() {
        return chance(0.7) ? pick(LIST_EXPRESSIONS) : expression();
    }

    String duration() {
        return chance(0.7) ? pick(GOOD_DURATIONS) : pick(BAD_DURATIONS);
    }

    String queue() {
        return pick(QUEUES);
    }

    Object number(int lowInclusive, int highInclusive) {
        return chance(0.7) ? between(lowInclusive, highInclusive) : pick(NUMBERS);
    }

    String event() {
        return pick(EVENTS);
    }

    String mountType() {
        return pick(MOUNT_TYPES);
    }

    String mountPath() {
        return pick(MOUNT_PATHS);
    }

    String envName() {
        return pick(ENV_NAMES);
    }

    String fileName() {
        return pick(FILE_NAMES);
    }

    String workdir() {
        return pick(WORKDIRS);
    }

    String junkKey() {
        return chance(0.8) ? pick(KEYS) : garbageText();
    }

    String garbageText() {
        StringBuilder text = new StringBuilder();
        int length = between(0, 12);
        for (int i = 0; i < length; i++) {
            text.append(GARBAGE_CHARACTERS.charAt(random.nextInt(GARBAGE_CHARACTERS.length())));
        }
        return text.toString();
    }

    /** A value of any kind: what a field gets when the fuzzer gives it the wrong type. */
    Object anything() {
        return switch (random.nextInt(9)) {
            case 0 -> text();
            case 1 -> pick(NUMBERS);
            case 2 -> random.nextBoolean();
            case 3 -> null;
            case 4 -> List.of(text(), pick(NUMBERS));
            case 5 -> new ArrayList<>();
            case 6 -> map(() -> text());
            case 7 -> expression();
            default -> List.of(map(() -> pick(NUMBERS)));
        };
    }

    Map<String, Object> map(Supplier<Object> values) {
        Map<String, Object> map = new LinkedHashMap<>();
        int size = between(0, 3);
        for (int i = 0; i < size; i++) map.put(envName(), values.get());
        return map;
    }

    <T> List<T> list(int min, int max, Supplier<T> element) {
        List<T> list = new ArrayList<>();
        int size = between(min, max);
        for (int i = 0; i < size; i++) list.add(element.get());
        return list;
    }
}
