package io.tork.adapters.out.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the annotated test class, with the reason, when no Docker daemon answers; fails it instead when
 * {@code -Dtork.requireDocker=true} (CI), so CI cannot pass by skipping.
 */
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresDocker.Check.class)
public @interface RequiresDocker {

    final class Check implements ExecutionCondition {
        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Check.class);

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            // One ping per test run, shared by every class that needs Docker.
            String problem = context.getRoot().getStore(NAMESPACE)
                    .computeIfAbsent("ping", key -> new PingResult(pingProblem()), PingResult.class).problem();
            if (problem == null) {
                return ConditionEvaluationResult.enabled("a Docker daemon answers");
            }
            String reason = "no Docker daemon answers (" + problem + ")";
            if (Boolean.getBoolean("tork.requireDocker")) {
                throw new IllegalStateException(reason + " and tork.requireDocker=true");
            }
            return ConditionEvaluationResult.disabled(reason + "; set -Dtork.requireDocker=true to fail instead");
        }

        private static String pingProblem() {
            try (DockerClient docker = DockerClients.connect(null)) {
                docker.pingCmd().exec();
                return null;
            } catch (Exception | LinkageError e) {
                return e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }

        private record PingResult(String problem) {
        }
    }
}
