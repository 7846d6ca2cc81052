package io.tork.archfixture.plugins.leaky;

import io.tork.archfixture.domain.Widget;
import io.tork.archfixture.plugin.api.LeakyExtension;

/**
 * A shipped plugin that reaches past the plugin API into the engine (a domain type): breaks "plugins see only the
 * API". Implementing an API type is allowed.
 */
public final class LeakyPlugin {
    public LeakyExtension extension() {
        return null;
    }

    public Widget engineInternal() {
        return null;
    }
}
