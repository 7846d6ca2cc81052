package io.tork.app.config;

import java.util.List;

/** An enum constant that operators select by name in the configuration. */
interface ConfigChoice {
    /** The canonical name operators write, e.g. {@code inmemory}. */
    String configName();

    /** Other accepted spellings (not advertised in error messages). */
    default List<String> aliases() {
        return List.of();
    }
}
