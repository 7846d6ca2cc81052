package io.tork.plugins.podman;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the annotated class, with the reason, when Podman cannot run the test image; fails it instead when
 * {@code -Dtork.requireDocker=true} (CI installs Podman and loads the image into it, so CI cannot pass by skipping).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPodman.Check.class)
@interface RequiresPodman {
    String IMAGE = System.getProperty("tork.test.image", "tork-test/busybox:latest");

    final class Check implements ExecutionCondition {
        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Check.class);

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String problem = context.getRoot().getStore(NAMESPACE)
                    .computeIfAbsent("probe", key -> new Probe(problem()), Probe.class).problem();
            if (problem == null) {
                return ConditionEvaluationResult.enabled("podman has the image " + IMAGE);
            }
            String reason = "Podman cannot run the test image (" + problem + ")";
            if (Boolean.getBoolean("tork.requireDocker")) {
                throw new IllegalStateException(reason + " and tork.requireDocker=true (.ci/run installs Podman and "
                        + "loads the image: podman load)");
            }
            return ConditionEvaluationResult.disabled(reason + "; set -Dtork.requireDocker=true to fail instead");
        }

        private static String problem() {
            try {
                Podman.Result image = new Podman(List.of("podman")).run(List.of("image", "exists", IMAGE));
                return image.succeeded() ? null : "podman image exists " + IMAGE + ": " + image.error();
            } catch (IOException e) {
                return e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }

        private record Probe(String problem) {
        }
    }
}
