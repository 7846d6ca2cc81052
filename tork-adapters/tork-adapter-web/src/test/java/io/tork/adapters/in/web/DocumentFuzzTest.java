package io.tork.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bad input must never be a 500 (SPEC §3): random mutations of valid job documents (characters deleted, values
 * of the wrong type, junk keys, truncation) all get an answer below 500.
 */
class DocumentFuzzTest extends ApiTestSupport {
    private static final int MUTATIONS = 500;

    private static final String YAML = """
            name: fuzz job
            description: a job with most fields
            tags: [a, b]
            inputs:
              count: "5"
            secrets:
              token: abc
            output: "{{ tasks.greeting }}"
            defaults:
              retry:
                limit: 2
              limits:
                cpus: ".5"
                memory: 10m
              timeout: 5m
              priority: 3
            webhooks:
              - url: http://example.com/hook
                headers:
                  X-Token: "{{ secrets.token }}"
                event: job.StateChange
                if: "{{ true }}"
            autoDelete:
              after: 1h
            tasks:
              - name: hello
                image: busybox
                cmd: [echo, hello]
                env:
                  A: "1"
                retry:
                  limit: 3
                  initialDelay: 1s
                  scalingFactor: 2.0
                mounts:
                  - type: volume
                    target: /data
                var: greeting
                pre:
                  - name: setup
                    run: echo setup
              - name: loop
                each:
                  list: "{{ sequence(1,3) }}"
                  concurrency: 2
                  task:
                    name: item
                    image: busybox
              - name: fan
                parallel:
                  tasks:
                    - name: p1
                      image: busybox
              - name: sub
                subjob:
                  name: child
                  detached: true
                  tasks:
                    - name: c
                      image: busybox
            """;

    private static final String JSON = """
            {"name":"fuzz job","tags":["a"],"inputs":{"n":"1"},"secrets":{"s":"v"},
             "tasks":[{"name":"hello","image":"busybox","cmd":["echo","hi"],"env":{"A":"1"},
                       "retry":{"limit":2},"limits":{"cpus":"1","memory":"1g"},"priority":1,
                       "probe":{"path":"/","port":80},"registry":{"username":"u","password":"p"},
                       "sidecars":[{"name":"side","image":"busybox"}]},
                      {"name":"each","each":{"list":"{{ [1,2] }}","task":{"name":"i","image":"busybox"}}}],
             "wait":{"timeout":"1s"}}
            """;

    private static final List<String> WRONG_VALUES = List.of("{}", "[]", "5", "-1", "true", "null", "1.5",
            "99999999999999999999", "\"x\"", "[1, {}]", "{\"a\": {\"b\": []}}", "", "~", "'", "\"", "[", "{");

    private final Random random = new Random(20260102L);

    @Test
    void noMutationOfAValidDocumentIsA500() {
        List<String> failures = new ArrayList<>();
        java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (int i = 0; i < MUTATIONS; i++) {
            boolean yaml = random.nextBoolean();
            String document = mutate(yaml ? YAML : JSON);
            String path = random.nextInt(5) == 0 ? "/task" : "/jobs";
            var r = api.post(path, yaml ? "text/yaml" : "application/json", document);
            statuses.merge(r.status(), 1, Integer::sum);
            if (r.status() >= 500) {
                failures.add(r.status() + " " + r.body() + " for:\n" + document);
            } else if (r.status() >= 400) {
                String message = r.json().path("message").asText();
                assertThat(message).as(document).isNotBlank()
                        .doesNotContain("com.fasterxml", "java.", "io.tork", "org.yaml", "`", "Exception");
            }
        }
        assertThat(failures).isEmpty();
        // the mutations must really exercise the refusals, not only produce documents that still pass
        assertThat(statuses.getOrDefault(400, 0)).as("statuses %s", statuses).isGreaterThan(MUTATIONS / 3);
    }

    @Test
    void theUnmutatedDocumentsAreAccepted() {
        assertThat(api.post("/jobs", "text/yaml", YAML).status()).isEqualTo(200);
        assertThat(api.post("/jobs", "application/json", JSON).status()).isEqualTo(408);
    }

    private String mutate(String document) {
        String result = document;
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds && !result.isEmpty(); i++) {
            result = switch (random.nextInt(6)) {
                case 0 -> deleteCharacters(result);
                case 1 -> swapAValue(result);
                case 2 -> insertJunkKey(result);
                case 3 -> insertJunk(result);
                case 4 -> result.substring(0, random.nextInt(result.length()));
                default -> duplicateALine(result);
            };
        }
        return result;
    }

    private String deleteCharacters(String s) {
        int at = random.nextInt(s.length());
        int length = 1 + random.nextInt(Math.min(8, s.length() - at));
        return s.substring(0, at) + s.substring(at + length);
    }

    /** Replaces the value after a randomly chosen ':' with a value of another type. */
    private String swapAValue(String s) {
        List<Integer> colons = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ':') colons.add(i);
        }
        if (colons.isEmpty()) return s;
        int colon = colons.get(random.nextInt(colons.size()));
        int end = colon + 1;
        while (end < s.length() && s.charAt(end) != '\n' && s.charAt(end) != ',' && s.charAt(end) != '}') end++;
        return s.substring(0, colon + 1) + " " + WRONG_VALUES.get(random.nextInt(WRONG_VALUES.size())) + s.substring(end);
    }

    private String insertJunkKey(String s) {
        String key = "junk" + random.nextInt(100);
        if (s.startsWith("{")) {
            int brace = s.indexOf('{', random.nextInt(s.length()));
            if (brace < 0) brace = 0;
            return s.substring(0, brace + 1) + "\"" + key + "\":1," + s.substring(brace + 1);
        }
        String[] lines = s.split("\n", -1);
        int line = random.nextInt(lines.length);
        String indent = lines[line].replaceAll("^(\\s*(- )?).*$", "$1").replace("-", " ");
        lines[line] = indent + key + ": " + random.nextInt() + "\n" + lines[line];
        return String.join("\n", lines);
    }

    private String insertJunk(String s) {
        String junk = switch (random.nextInt(6)) {
            case 0 -> "\u0000";
            case 1 -> "\t";
            case 2 -> "&anchor ";
            case 3 -> "*nosuchalias ";
            case 4 -> "!!binary ";
            default -> "\uFFFF\uD800";
        };
        int at = random.nextInt(s.length());
        return s.substring(0, at) + junk + s.substring(at);
    }

    private String duplicateALine(String s) {
        String[] lines = s.split("\n", -1);
        int line = random.nextInt(lines.length);
        lines[line] = lines[line] + "\n" + lines[line];
        return String.join("\n", lines);
    }
}
