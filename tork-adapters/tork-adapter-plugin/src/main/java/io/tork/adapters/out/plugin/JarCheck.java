package io.tork.adapters.out.plugin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The two most common reasons a file of the plugins folder is no plugin, told in the operator's words before PF4J
 * reports them in its own ("No PluginDescriptorFinder for plugin …", "Field 'id' cannot be empty").
 */
final class JarCheck {
    private static final String PLUGIN_ID = "Plugin-Id";
    private static final String PROPERTIES_DESCRIPTOR = "plugin.properties";

    private JarCheck() {
    }

    /** Why {@code jar} cannot be a plugin, or empty when it may be one. */
    static Optional<String> problem(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            boolean hasId = manifest != null && manifest.getMainAttributes().getValue(PLUGIN_ID) != null
                    && !manifest.getMainAttributes().getValue(PLUGIN_ID).isBlank();
            if (!hasId && file.getEntry(PROPERTIES_DESCRIPTOR) == null) {
                return Optional.of("not a plugin: its manifest has no Plugin-Id");
            }
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.of("not a readable jar file: " + PluginHost.oneLine(e));
        }
    }
}
