package io.tork.domain.spec;

import static io.tork.domain.testing.TestTasks.aContainerTask;
import static io.tork.domain.testing.TestTasks.aParallelTask;
import static io.tork.domain.testing.TestTasks.aSubJobTask;
import static io.tork.domain.testing.TestTasks.anEachTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskSpecTest {

    @Test
    void aTaskWithoutCompositeBlockRunsAContainer() {
        TaskSpec spec = aContainerTask().build();

        assertThat(spec.kind()).isEqualTo(new TaskKind.Container(spec));
    }

    @Test
    void aParallelBlockMakesAParallelTask() {
        TaskSpec spec = aParallelTask().build();

        assertThat(spec.kind()).isInstanceOfSatisfying(TaskKind.Parallel.class,
                k -> assertThat(k.spec().tasks()).hasSize(2));
    }

    @Test
    void anEachBlockMakesAnEachTask() {
        TaskSpec spec = anEachTask().build();

        assertThat(spec.kind()).isInstanceOfSatisfying(TaskKind.Each.class,
                k -> assertThat(k.spec().list()).isEqualTo("{{ [1, 2, 3] }}"));
    }

    @Test
    void aSubJobBlockMakesASubJobTask() {
        TaskSpec spec = aSubJobTask().build();

        assertThat(spec.kind()).isInstanceOfSatisfying(TaskKind.SubJob.class,
                k -> assertThat(k.spec().name()).isEqualTo("sub job"));
    }

    @Test
    void effectiveMountsAddTheVolumesShorthandAfterTheMounts() {
        Mount bind = new Mount(Mount.BIND, "/host", "/data", null);
        TaskSpec spec = aContainerTask().mounts(List.of(bind)).volumes(List.of("/tmp", "/cache")).build();

        assertThat(spec.effectiveMounts()).containsExactly(bind, Mount.volume("/tmp"), Mount.volume("/cache"));
    }

    @Test
    void effectiveMountsOfATaskWithoutAnyAreEmpty() {
        assertThat(aContainerTask().build().effectiveMounts()).isEmpty();
    }

    @Test
    void theVolumesShorthandAloneGivesVolumeMounts() {
        TaskSpec spec = aContainerTask().volumes(List.of("/tmp")).build();

        assertThat(spec.effectiveMounts()).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo("volume");
            assertThat(m.source()).isNull();
            assertThat(m.target()).isEqualTo("/tmp");
        });
    }

    @Test
    void toBuilderCopiesEveryField() {
        TaskSpec full = TaskSpec.builder().name("n").description("d").image("i").runtime("podman").run("r")
                .cmd("a", "b")
                .entrypoint(List.of("sh")).env(Map.of("K", "V")).files(Map.of("f", "c")).workdir("/w").queue("q")
                .priority(3).retry(new RetryPolicy(2, "1s", 2.0)).limits(new Limits("1", "1g")).timeout("5s")
                .gpus("all").mounts(List.of(Mount.volume("/m"))).volumes(List.of("/v")).networks(List.of("net"))
                .registry(new Registry("u", "p")).pre(List.of(aContainerTask("pre").build()))
                .post(List.of(aContainerTask("post").build())).sidecars(List.of(aContainerTask("side").build()))
                .probe(new Probe("/", 80, "1s")).var("v").condition("true").tags(List.of("t")).build();

        assertThat(full.toBuilder().build()).isEqualTo(full);
        assertThat(full).hasNoNullFieldsOrPropertiesExcept("parallel", "each", "subjob");
    }

    @Test
    void listsAndMapsAreCopiedAndCanNotBeChanged() {
        List<String> cmd = new ArrayList<>(List.of("echo"));
        TaskSpec spec = aContainerTask().cmd(cmd).build();
        cmd.add("more");

        assertThat(spec.cmd()).containsExactly("echo");
        assertThatThrownBy(() -> spec.cmd().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void absentCollectionsStayAbsent() {
        TaskSpec spec = TaskSpec.builder().name("n").build();

        assertThat(spec.cmd()).isNull();
        assertThat(spec.env()).isNull();
        assertThat(spec.mounts()).isNull();
    }

    @Test
    void envKeepsTheOrderItWasWrittenIn() {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        for (String k : List.of("Z", "A", "M", "B")) env.put(k, k.toLowerCase());

        assertThat(aContainerTask().env(env).build().env().keySet()).containsExactly("Z", "A", "M", "B");
    }
}
