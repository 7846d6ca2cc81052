package io.tork.application.common;

import static io.tork.application.testing.Specs.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.common.TaskRenderer.RenderException;
import io.tork.application.testing.SimpleExpressions;
import io.tork.domain.spec.TaskSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskRendererTest {
    private static final Map<String, Object> CONTEXT = Map.of("item", Map.of("value", "7", "index", 0));
    private final TaskRenderer renderer = new TaskRenderer(new SimpleExpressions());

    @Test
    void aSpecWithoutTemplatesIsReturnedItselfSoThatCopiesOfItCostNothing() throws RenderException {
        TaskSpec plain = task("plain").env(Map.of("A", "b")).cmd(List.of("echo", "hi"))
                .pre(List.of(task("before").build())).post(List.of(task("after").build())).build();

        assertThat(renderer.render(plain, "tasks[0]", CONTEXT)).isSameAs(plain);
    }

    @Test
    void everyTemplatedFieldIsRenderedAndTheRestKept() throws RenderException {
        TaskSpec templated = task("item {{ item.value }}").env(Map.of("A", "b", "V", "{{ item.value }}"))
                .cmd(List.of("echo", "{{ item.index }}")).build();

        TaskSpec rendered = renderer.render(templated, "tasks[0]", CONTEXT);

        assertThat(rendered.name()).isEqualTo("item 7");
        assertThat(rendered.env()).isEqualTo(Map.of("A", "b", "V", "7"));
        assertThat(rendered.cmd()).containsExactly("echo", "0");
        assertThat(rendered.image()).isSameAs(templated.image());
        assertThat(templated.name()).isEqualTo("item {{ item.value }}");
    }

    @Test
    void aTemplateInAPreTaskRendersTheWholeSpecAndKeepsUntemplatedSiblings() throws RenderException {
        TaskSpec plainPost = task("after").build();
        TaskSpec spec = task("main").pre(List.of(task("before {{ item.value }}").build())).post(List.of(plainPost)).build();

        TaskSpec rendered = renderer.render(spec, "tasks[0]", CONTEXT);

        assertThat(rendered).isNotSameAs(spec);
        assertThat(rendered.pre()).extracting(TaskSpec::name).containsExactly("before 7");
        assertThat(rendered.post().getFirst()).isSameAs(plainPost);
    }

    @Test
    void aFailingTemplateNamesItsField() {
        TaskSpec spec = task("main").pre(List.of(task("before").env(Map.of("X", "{{ nope }}")).build())).build();

        assertThatThrownBy(() -> renderer.render(spec, "tasks[3]", CONTEXT))
                .isInstanceOf(RenderException.class)
                .hasMessageStartingWith("tasks[3].pre[0].env.X: ");
    }
}
