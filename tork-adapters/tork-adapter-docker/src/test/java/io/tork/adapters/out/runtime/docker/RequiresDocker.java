package io.tork.adapters.out.runtime.docker;

import static org.junit.jupiter.api.Assertions.fail;

import com.github.dockerjava.api.DockerClient;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the annotated test class, with the reason, when no Docker daemon answers; fails it instead when
 * {@code -Dtork.requireDocker=true} (CI), so CI cannot pass by skipping.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresDocker.Check.class)
public @interface RequiresDocker {

    final class Check implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            String problem = pingProblem();
            if (problem == null) {
                return;
            }
            String reason = "no Docker daemon answers (" + problem + ")";
            if (Boolean.getBoolean("tork.requireDocker")) {
                fail(reason + " and tork.requireDocker=true");
            }
            Assumptions.abort(reason + "; set -Dtork.requireDocker=true to fail instead");
        }

        private static String pingProblem() {
            try (DockerClient docker = DockerClients.connect(null)) {
                docker.pingCmd().exec();
                return null;
            } catch (Exception | LinkageError e) {
                return e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
    }
}
