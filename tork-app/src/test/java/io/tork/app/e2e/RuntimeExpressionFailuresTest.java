package io.tork.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Expressions that parse but fail when evaluated fail their task or job with a message naming the field and the
 * expression; the engine itself keeps serving.
 */
class RuntimeExpressionFailuresTest {
    private static ShellEngine engine;

    @BeforeAll
    static void startEngine() throws Exception {
        engine = ShellEngine.start();
    }

    @AfterAll
    static void stopEngine() {
        if (engine != null) engine.close();
    }

    record Case(String title, String job, List<String> errorMentions) {
        @Override
        public String toString() {
            return title;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("invalid JSON in the second task's env", """
                        name: second task env
                        tasks:
                          - name: fine
                            run: echo -n ok > $TORK_OUTPUT
                          - name: broken
                            run: echo never
                            env:
                              X: "{{ fromJSON('oops') }}"
                        """, List.of("tasks[1].env.X", "{{ fromJSON('oops') }}", "invalid JSON")),
                new Case("each over a number", """
                        name: each over a number
                        tasks:
                          - name: loop
                            each:
                              list: "{{ 5 }}"
                              task:
                                name: never
                                run: echo never
                        """, List.of("tasks[0].each.list", "'{{ 5 }}'", "does not evaluate to a list")),
                new Case("output naming an unknown variable", """
                        name: unknown output
                        output: "{{ nosuch }}"
                        tasks:
                          - name: fine
                            run: "true"
                        """, List.of("output", "{{ nosuch }}", "unknown name 'nosuch'")),
                new Case("division by zero in env", """
                        name: division by zero
                        tasks:
                          - name: divide
                            run: echo never
                            env:
                              X: "{{ 1/0 }}"
                        """, List.of("tasks[0].env.X", "{{ 1/0 }}", "division by zero")),
                new Case("division by zero in if", """
                        name: condition fails
                        tasks:
                          - name: maybe
                            if: "{{ 1/0 }}"
                            run: echo never
                        """, List.of("tasks[0].if", "{{ 1/0 }}", "division by zero")),
                new Case("each child failing for one item", """
                        name: each child fails
                        tasks:
                          - name: loop
                            each:
                              list: "{{ [2, 0] }}"
                              task:
                                name: divide
                                run: echo never
                                env:
                                  Q: "{{ 10 / item.value }}"
                        """, List.of("tasks[0].each.task.env.Q", "{{ 10 / item.value }}", "division by zero")),
                new Case("parallel child reading a member of nothing", """
                        name: parallel child fails
                        tasks:
                          - name: fan out
                            parallel:
                              tasks:
                                - name: "{{ nosuch.x }}"
                                  run: echo never
                        """, List.of("tasks[0].parallel.tasks[0].name", "{{ nosuch.x }}")),
                new Case("subjob input that is not JSON", """
                        name: subjob input fails
                        tasks:
                          - name: child
                            subjob:
                              name: child job
                              inputs:
                                a: "{{ fromJSON('[') }}"
                              tasks:
                                - name: never
                                  run: echo never
                        """, List.of("tasks[0].subjob.inputs.a", "{{ fromJSON('[') }}")),
                new Case("queue rendering to a reserved name", """
                        name: reserved queue at run time
                        tasks:
                          - name: routed
                            queue: "{{ 'x-' + 'hidden' }}"
                            run: echo never
                        """, List.of("tasks[0].queue", "'x-hidden' is reserved")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failingExpressionFailsTheJobWithAMessageNamingFieldAndExpression(Case c) {
        Api.Response job = engine.runToEnd(c.job());

        assertThat(job.body().path("state").asText()).as(job.text()).isEqualTo("FAILED");
        String error = job.body().path("error").asText();
        assertThat(error).as("job error").contains(c.errorMentions());
        assertThat(ErrorBodies.leakedInternals(error)).as("Java internals in %s", error).isEmpty();
        assertThat(engineStillServes()).isTrue();
    }

    @Test
    void taskThatFailedToRenderCarriesTheSameErrorAndEarlierTasksKeepTheirResult() {
        Api.Response job = engine.runToEnd("""
                name: second task env
                tasks:
                  - name: fine
                    run: echo -n ok > $TORK_OUTPUT
                  - name: broken
                    run: echo never
                    env:
                      X: "{{ fromJSON('oops') }}"
                """);

        var execution = job.body().path("execution");
        assertThat(execution).hasSize(2);
        assertThat(execution.get(0).path("state").asText()).isEqualTo("COMPLETED");
        assertThat(execution.get(0).path("result").asText()).isEqualTo("ok");
        assertThat(execution.get(1).path("state").asText()).isEqualTo("FAILED");
        assertThat(execution.get(1).path("error").asText()).contains("tasks[1].env.X", "{{ fromJSON('oops') }}");
    }

    @Test
    void afterFailedExpressionsTheEngineIsHealthyAndRunsAKnownGoodJob() {
        engine.runToEnd("""
                name: fails first
                tasks:
                  - name: divide
                    run: echo never
                    env:
                      X: "{{ 1/0 }}"
                """);

        assertThat(engine.api().get("/health").body().path("status").asText()).isEqualTo("UP");
        Api.Response good = engine.runToEnd(ShellEngine.KNOWN_GOOD_JOB);
        assertThat(good.body().path("state").asText()).as(good.text()).isEqualTo("COMPLETED");
        assertThat(good.body().path("result").asText()).isEqualTo("ok");
    }

    private static boolean engineStillServes() {
        return engine.api().get("/health").body().path("status").asText().equals("UP");
    }
}
