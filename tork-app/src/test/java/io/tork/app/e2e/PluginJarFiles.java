package io.tork.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The plugin jars the reactor built (copied to {@code target/plugin-jars} by the build, kept off the class path),
 * handled as an operator handles them: copied into a plugins folder.
 */
public final class PluginJarFiles {
    public static final String PODMAN = "tork-plugin-podman";
    public static final String FUNCTIONS = "tork-plugin-functions";
    public static final String EXAMPLE = "tork-plugin-example";

    private PluginJarFiles() {
    }

    /** The built jar of a plugin module, e.g. {@link #PODMAN}. */
    public static Path built(String artifactId) {
        String folder = System.getProperty("tork.pluginJars");
        assertThat(folder).as("system property tork.pluginJars (set by the Maven build)").isNotNull();
        try (Stream<Path> jars = Files.list(Path.of(folder))) {
            return jars.filter(jar -> jar.getFileName().toString().startsWith(artifactId + "-")).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + artifactId + " jar in " + folder
                            + ": build the plugins first (./mvnw -pl tork-app -am package)"));
        } catch (IOException e) {
            throw new AssertionError("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Copies the built jars of {@code artifactIds} into {@code plugins}. */
    public static void copyInto(Path plugins, String... artifactIds) throws IOException {
        Files.createDirectories(plugins);
        for (String artifactId : artifactIds) {
            Path jar = built(artifactId);
            Files.copy(jar, plugins.resolve(jar.getFileName()));
        }
    }

    /** A deliberately broken plugin: its manifest names a Plugin-Class the jar does not hold. */
    public static Path broken(Path plugins, String file) throws IOException {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Plugin-Id", "broken");
        attributes.putValue("Plugin-Version", "1.0.0");
        attributes.putValue("Plugin-Class", "com.example.NotHere");
        Path jar = plugins.resolve(file);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            zip.putNextEntry(new JarEntry("README.txt"));
            zip.write("a plugin whose class is missing".getBytes());
            zip.closeEntry();
        }
        return jar;
    }

    /** A copy of a built plugin under another Plugin-Id: the same extensions, provided by a second plugin. */
    public static Path copyAs(Path plugins, String artifactId, String pluginId, String file) throws IOException {
        Path jar = plugins.resolve(file);
        try (JarFile source = new JarFile(built(artifactId).toFile())) {
            Manifest manifest = new Manifest(source.getManifest());
            manifest.getMainAttributes().putValue("Plugin-Id", pluginId);
            try (OutputStream out = Files.newOutputStream(jar);
                 JarOutputStream zip = new JarOutputStream(out, manifest)) {
                for (Enumeration<JarEntry> entries = source.entries(); entries.hasMoreElements(); ) {
                    JarEntry entry = entries.nextElement();
                    if (List.of("META-INF/MANIFEST.MF", "META-INF/").contains(entry.getName())) continue;
                    zip.putNextEntry(new JarEntry(entry.getName()));
                    try (InputStream in = source.getInputStream(entry)) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
        }
        return jar;
    }
}
