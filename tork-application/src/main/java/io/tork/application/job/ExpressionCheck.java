package io.tork.application.job;

import io.tork.application.port.out.ExpressionEvaluator;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.spec.Webhook;
import io.tork.domain.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rejects, at submission, every template or expression in a job that does not parse. Template fields (name,
 * image, env…) are checked only where they hold {@code {{ }}} groups; expression fields ({@code output},
 * {@code if}, {@code each.list}, webhook {@code if}) are checked as a whole, as the reference does.
 */
public final class ExpressionCheck {
    private final ExpressionEvaluator evaluator;

    public ExpressionCheck(ExpressionEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    public List<Violation> check(JobSpec job) {
        List<Violation> found = new ArrayList<>();
        expression(found, "output", job.output());
        tasks(found, "tasks", job.tasks());
        webhooks(found, "webhooks", job.webhooks());
        return found;
    }

    List<Violation> check(TaskSpec task) {
        List<Violation> found = new ArrayList<>();
        task(found, "", task);
        return found;
    }

    private void tasks(List<Violation> found, String path, List<TaskSpec> tasks) {
        if (tasks == null) return;
        for (int i = 0; i < tasks.size(); i++) {
            task(found, path + "[" + i + "]", tasks.get(i));
        }
    }

    private void task(List<Violation> found, String path, TaskSpec t) {
        if (t == null) return;
        String at = path.isEmpty() ? "" : path + ".";
        check(found, at + "name", t.name());
        check(found, at + "var", t.var());
        check(found, at + "image", t.image());
        check(found, at + "queue", t.queue());
        expression(found, at + "if", t.condition());
        map(found, at + "env", t.env());
        if (t.cmd() != null) {
            for (int i = 0; i < t.cmd().size(); i++) check(found, at + "cmd[" + i + "]", t.cmd().get(i));
        }
        tasks(found, at + "pre", t.pre());
        tasks(found, at + "post", t.post());
        if (t.parallel() != null) tasks(found, at + "parallel.tasks", t.parallel().tasks());
        if (t.each() != null) {
            expression(found, at + "each.list", t.each().list());
            task(found, at + "each.task", t.each().task());
        }
        if (t.subjob() != null) {
            check(found, at + "subjob.name", t.subjob().name());
            expression(found, at + "subjob.output", t.subjob().output());
            map(found, at + "subjob.inputs", t.subjob().inputs());
            map(found, at + "subjob.secrets", t.subjob().secrets());
            tasks(found, at + "subjob.tasks", t.subjob().tasks());
            webhooks(found, at + "subjob.webhooks", t.subjob().webhooks());
        }
    }

    private void webhooks(List<Violation> found, String path, List<Webhook> hooks) {
        if (hooks == null) return;
        for (int i = 0; i < hooks.size(); i++) {
            Webhook w = hooks.get(i);
            if (w == null) continue;
            check(found, path + "[" + i + "].url", w.url());
            expression(found, path + "[" + i + "].if", w.condition());
            map(found, path + "[" + i + "].headers", w.headers());
        }
    }

    private void map(List<Violation> found, String path, Map<String, String> values) {
        if (values == null) return;
        values.forEach((k, v) -> check(found, path + "." + k, v));
    }

    private void check(List<Violation> found, String field, String template) {
        if (template == null || !template.contains("{{")) return;
        expression(found, field, template);
    }

    private void expression(List<Violation> found, String field, String text) {
        if (text == null || text.isEmpty()) return;
        evaluator.syntaxError(text).ifPresent(error -> found.add(new Violation(field, error)));
    }
}
