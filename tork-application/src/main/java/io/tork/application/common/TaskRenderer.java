package io.tork.application.common;

import io.tork.application.port.out.ExpressionEvaluator;
import io.tork.application.port.out.ExpressionException;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.validation.Queues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the templated fields of a task (reference §7.2: name, var, image, queue, env values, if, cmd
 * items, and the same in pre/post tasks) against a job context. Errors name the field:
 * {@code tasks[2].env.URL: error evaluating '{{ inputs.urll }}': unknown name 'urll'}.
 */
public final class TaskRenderer {
    private final ExpressionEvaluator evaluator;

    public TaskRenderer(ExpressionEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /**
     * The spec with its templates rendered; {@code spec} itself when it has none, so that the many children of an
     * {@code each} share one definition instead of each holding an equal copy.
     */
    public TaskSpec render(TaskSpec spec, String path, Map<String, Object> context) throws RenderException {
        String name = text(spec.name(), path, "name", context);
        String var = text(spec.var(), path, "var", context);
        String image = text(spec.image(), path, "image", context);
        String queue = routableQueue(text(spec.queue(), path, "queue", context), path);
        String condition = text(spec.condition(), path, "if", context);
        Map<String, String> env = renderEnv(spec.env(), path, context);
        List<String> cmd = renderCmd(spec.cmd(), path, context);
        List<TaskSpec> pre = renderAll(spec.pre(), path, "pre", context);
        List<TaskSpec> post = renderAll(spec.post(), path, "post", context);
        boolean unchanged = name == spec.name() && var == spec.var() && image == spec.image() && queue == spec.queue()
                && condition == spec.condition() && env == spec.env() && cmd == spec.cmd() && pre == spec.pre()
                && post == spec.post();
        if (unchanged) return spec;
        return spec.toBuilder().name(name).var(var).image(image).queue(queue).condition(condition).env(env).cmd(cmd)
                .pre(pre).post(post).build();
    }

    /** The value of a bare expression (each.list), keeping its type. */
    public Object evaluate(String expression, String field, Map<String, Object> context) throws RenderException {
        try {
            return evaluator.evaluate(expression, context);
        } catch (ExpressionException e) {
            throw new RenderException(field + ": " + e.getMessage());
        }
    }

    /** Renders free text such as a job's output. */
    public String renderText(String template, String field, Map<String, Object> context) throws RenderException {
        return text(template, "", field, context);
    }

    /** The rendered values, or {@code env} itself when no value is a template. */
    private Map<String, String> renderEnv(Map<String, String> env, String path, Map<String, Object> context)
            throws RenderException {
        if (env == null || env.values().stream().noneMatch(TaskRenderer::isTemplate)) return env;
        Map<String, String> rendered = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : env.entrySet()) {
            rendered.put(e.getKey(), text(e.getValue(), path, "env." + e.getKey(), context));
        }
        return rendered;
    }

    /** The rendered items, or {@code cmd} itself when no item is a template. */
    private List<String> renderCmd(List<String> cmd, String path, Map<String, Object> context) throws RenderException {
        if (cmd == null || cmd.stream().noneMatch(TaskRenderer::isTemplate)) return cmd;
        List<String> rendered = new ArrayList<>();
        for (int i = 0; i < cmd.size(); i++) {
            rendered.add(text(cmd.get(i), path, "cmd[" + i + "]", context));
        }
        return rendered;
    }

    /** The rendered specs, or {@code specs} itself when none of them has a template. */
    private List<TaskSpec> renderAll(List<TaskSpec> specs, String path, String field, Map<String, Object> context)
            throws RenderException {
        if (specs == null) return null;
        List<TaskSpec> out = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < specs.size(); i++) {
            TaskSpec rendered = render(specs.get(i), path + "." + field + "[" + i + "]", context);
            changed |= rendered != specs.get(i);
            out.add(rendered);
        }
        return changed ? out : specs;
    }

    /** Submission rejects reserved queue names, but only a template's rendered value shows where it really goes. */
    private static String routableQueue(String queue, String path) throws RenderException {
        if (Queues.isReserved(queue)) {
            throw new RenderException(field(path, "queue") + ": '" + queue
                    + "' is reserved: queues starting with x- and the coordinator's queues can not take tasks");
        }
        return queue;
    }

    private static String field(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static boolean isTemplate(String text) {
        return text != null && text.contains("{{");
    }

    private String text(String template, String path, String field, Map<String, Object> context) throws RenderException {
        if (!isTemplate(template)) return template;
        try {
            return evaluator.render(template, context);
        } catch (ExpressionException e) {
            throw new RenderException((path.isEmpty() ? field : path + "." + field) + ": " + e.getMessage());
        }
    }

    /** A template of a task could not be rendered; the message names the field and the expression. */
    public static final class RenderException extends Exception {
        public RenderException(String message) {
            super(message);
        }
    }
}
