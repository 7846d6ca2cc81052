package io.tork.app.config;

import java.util.List;

/**
 * What tasks may mount.
 *
 * @param bindAllowed {@code mounts.bind.allowed} (default false): whether tasks may mount host directories at all
 * @param bindSources {@code mounts.bind.sources} (default none): when not empty, the host directories (and their
 *                    descendants) that bind mounts may use
 */
public record MountsConfig(boolean bindAllowed, List<String> bindSources) {
    public MountsConfig {
        bindSources = List.copyOf(bindSources);
    }
}
