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

    public TaskSpec render(TaskSpec spec, String path, Map<String, Object> context) throws RenderException {
        TaskSpec.Builder b = spec.toBuilder()
                .name(text(spec.name(), path, "name", context))
                .var(text(spec.var(), path, "var", context))
                .image(text(spec.image(), path, "image", context))
                .queue(routableQueue(text(spec.queue(), path, "queue", context), path))
                .condition(text(spec.condition(), path, "if", context));
        if (spec.env() != null) {
            Map<String, String> env = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : spec.env().entrySet()) {
                env.put(e.getKey(), text(e.getValue(), path, "env." + e.getKey(), context));
            }
            b.env(env);
        }
        if (spec.cmd() != null) {
            List<String> cmd = new ArrayList<>();
            for (int i = 0; i < spec.cmd().size(); i++) {
                cmd.add(text(spec.cmd().get(i), path, "cmd[" + i + "]", context));
            }
            b.cmd(cmd);
        }
        b.pre(renderAll(spec.pre(), path + ".pre", context));
        b.post(renderAll(spec.post(), path + ".post", context));
        return b.build();
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

    private List<TaskSpec> renderAll(List<TaskSpec> specs, String path, Map<String, Object> context) throws RenderException {
        if (specs == null) return null;
        List<TaskSpec> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            out.add(render(specs.get(i), path + "[" + i + "]", context));
        }
        return out;
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

    private String text(String template, String path, String field, Map<String, Object> context) throws RenderException {
        if (template == null || !template.contains("{{")) return template;
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
