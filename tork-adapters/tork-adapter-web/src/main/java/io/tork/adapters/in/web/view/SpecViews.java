package io.tork.adapters.in.web.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tork.domain.spec.AutoDelete;
import io.tork.domain.spec.JobDefaults;
import io.tork.domain.spec.Limits;
import io.tork.domain.spec.Mount;
import io.tork.domain.spec.Permission;
import io.tork.domain.spec.Probe;
import io.tork.domain.spec.Registry;
import io.tork.domain.spec.RetryPolicy;
import io.tork.domain.spec.Webhook;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The small parts of job and task documents, as the API renders them (reference §2.6). */
public final class SpecViews {
    private SpecViews() {
    }

    public record RegistryView(String username, String password) {
        static RegistryView of(Registry r) {
            return r == null ? null : new RegistryView(r.username(), r.password());
        }
    }

    public record MountView(String type, String source, String target, Map<String, String> opts) {
        static MountView of(Mount m) {
            return new MountView(m.type(), m.source(), m.target(), m.opts());
        }
    }

    public record LimitsView(String cpus, String memory) {
        static LimitsView of(Limits l) {
            return l == null ? null : new LimitsView(l.cpus(), l.memory());
        }
    }

    public record ProbeView(String path, Integer port, String timeout) {
        static ProbeView of(Probe p) {
            return p == null ? null : new ProbeView(p.path(), p.port(), p.timeout());
        }
    }

    /** {@code attempts} counts the attempts that failed before the current one. */
    public record RetryView(Integer limit, int attempts, String initialDelay, Double scalingFactor) {
        static RetryView of(RetryPolicy policy, int attempt) {
            int failedBefore = Math.max(0, attempt - 1);
            if (policy == null) {
                return failedBefore == 0 ? null : new RetryView(null, failedBefore, null, null);
            }
            return new RetryView(policy.limit(), failedBefore, policy.initialDelay(), policy.scalingFactor());
        }
    }

    public record WebhookView(String url, Map<String, String> headers, String event,
                              @JsonProperty("if") String condition) {
        static WebhookView of(Webhook w) {
            return new WebhookView(w.url(), w.headers(), w.event(), w.condition());
        }
    }

    public record AutoDeleteView(String after) {
        static AutoDeleteView of(AutoDelete a) {
            return a == null ? null : new AutoDeleteView(a.after());
        }
    }

    public record PermissionView(String user, String role) {
        static PermissionView of(Permission p) {
            return new PermissionView(p.user(), p.role());
        }
    }

    public record DefaultsView(RetryView retry, LimitsView limits, String timeout, String queue, Integer priority) {
        static DefaultsView of(JobDefaults d) {
            return d == null ? null
                    : new DefaultsView(RetryView.of(d.retry(), 1), LimitsView.of(d.limits()), d.timeout(), d.queue(), d.priority());
        }
    }

    static <A, B> List<B> mapAll(List<A> items, Function<A, B> f) {
        return items == null ? null : items.stream().filter(java.util.Objects::nonNull).map(f).toList();
    }
}
