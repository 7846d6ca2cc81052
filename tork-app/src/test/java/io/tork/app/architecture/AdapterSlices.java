package io.tork.app.architecture;

import java.util.Arrays;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * Cuts the adapters into one slice per technology. Adapters sit at two depths: {@code adapters.in.web} and
 * {@code adapters.out.expression} directly below the direction, but runtimes, brokers and datastores are grouped
 * by role first ({@code adapters.out.runtime.docker}, {@code adapters.out.broker.artemis}). A fixed pattern such as
 * {@code adapters.(*).(*)..} would put Docker and shell into one slice and miss a dependency between them.
 */
final class AdapterSlices implements SliceAssignment {
    /** Packages that group several adapters of one role. */
    private static final Set<String> ROLE_GROUPS = Set.of("runtime", "broker", "datastore");

    private final String adaptersPackage;

    AdapterSlices(String root) {
        this.adaptersPackage = root + ".adapters";
    }

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        String packageName = javaClass.getPackageName();
        if (!packageName.startsWith(adaptersPackage + ".")) {
            return SliceIdentifier.ignore();
        }
        String[] segments = packageName.substring(adaptersPackage.length() + 1).split("\\.");
        if (segments.length < 2) {
            return SliceIdentifier.ignore();
        }
        int depth = ROLE_GROUPS.contains(segments[1]) && segments.length >= 3 ? 3 : 2;
        return SliceIdentifier.of(String.join(".", Arrays.copyOf(segments, depth)));
    }

    @Override
    public String getDescription() {
        return "adapters of " + adaptersPackage + " (one per technology)";
    }
}
