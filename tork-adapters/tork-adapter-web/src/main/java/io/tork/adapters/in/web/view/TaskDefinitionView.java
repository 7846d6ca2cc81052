package io.tork.adapters.in.web.view;

import static io.tork.adapters.in.web.view.SpecViews.mapAll;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tork.adapters.in.web.view.SpecViews.LimitsView;
import io.tork.adapters.in.web.view.SpecViews.MountView;
import io.tork.adapters.in.web.view.SpecViews.ProbeView;
import io.tork.adapters.in.web.view.SpecViews.RegistryView;
import io.tork.domain.spec.TaskSpec;
import java.util.List;
import java.util.Map;

/** What a task was asked to do: the fields of its definition, rendered inside a {@link TaskView}. */
public record TaskDefinitionView(
        String name,
        String description,
        List<String> cmd,
        List<String> entrypoint,
        String run,
        String image,
        String runtime,
        RegistryView registry,
        Map<String, String> env,
        Map<String, String> files,
        String queue,
        List<TaskView> pre,
        List<TaskView> post,
        List<TaskView> sidecars,
        List<MountView> mounts,
        List<String> volumes,
        List<String> networks,
        LimitsView limits,
        String timeout,
        String var,
        @JsonProperty("if") String condition,
        String gpus,
        List<String> tags,
        String workdir,
        Integer priority,
        ProbeView probe) {

    static TaskDefinitionView of(TaskSpec s) {
        return new TaskDefinitionView(s.name(), s.description(), s.cmd(), s.entrypoint(), s.run(), s.image(),
                s.runtime(), RegistryView.of(s.registry()), s.env(), s.files(), s.queue(),
                mapAll(s.pre(), TaskView::ofDefinition), mapAll(s.post(), TaskView::ofDefinition),
                mapAll(s.sidecars(), TaskView::ofDefinition), mapAll(s.mounts(), MountView::of), s.volumes(),
                s.networks(), LimitsView.of(s.limits()), s.timeout(), s.var(), s.condition(), s.gpus(), s.tags(),
                s.workdir(), s.priority(), ProbeView.of(s.probe()));
    }
}
