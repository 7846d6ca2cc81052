package io.tork.adapters.in.web.decode;

import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.spec.Webhook;
import java.util.Map;

/**
 * Maps the few domain names that are Java keywords or clash with Java meanings onto the job language's names
 * ({@code condition} is written {@code if}, {@code waitFor} is written {@code wait}), so the domain stays free of
 * serialization annotations.
 */
final class SpecNaming extends PropertyNamingStrategy {
    private static final Map<Class<?>, Map<String, String>> RENAMES = Map.of(
            TaskSpec.class, Map.of("condition", "if"),
            Webhook.class, Map.of("condition", "if"),
            JobSpec.class, Map.of("waitFor", "wait"));

    @Override
    public String nameForField(MapperConfig<?> config, AnnotatedField field, String defaultName) {
        return rename(field.getDeclaringClass(), defaultName);
    }

    @Override
    public String nameForGetterMethod(MapperConfig<?> config, AnnotatedMethod method, String defaultName) {
        return rename(method.getDeclaringClass(), defaultName);
    }

    @Override
    public String nameForSetterMethod(MapperConfig<?> config, AnnotatedMethod method, String defaultName) {
        return rename(method.getDeclaringClass(), defaultName);
    }

    @Override
    public String nameForConstructorParameter(MapperConfig<?> config, AnnotatedParameter param, String defaultName) {
        return rename(param.getDeclaringClass(), defaultName);
    }

    private static String rename(Class<?> owner, String javaName) {
        return RENAMES.getOrDefault(owner, Map.of()).getOrDefault(javaName, javaName);
    }
}
