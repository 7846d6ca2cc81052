package io.tork.adapters.out.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Builds plugin jars for tests, from fixture classes, as the Maven build of a plugin module would. */
final class PluginJars {
    private final Path folder;

    PluginJars(Path folder) {
        this.folder = folder;
    }

    /** The manifest attributes of a plugin requiring Tork 0.1 or later. */
    static Map<String, String> manifest(String id) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("Plugin-Id", id);
        attributes.put("Plugin-Version", "1.2.3");
        attributes.put("Plugin-Requires", ">=0.1.0");
        return attributes;
    }

    /** A jar holding {@code classes}, all listed as extensions, with the given manifest attributes. */
    Path jar(String file, Map<String, String> manifest, List<Class<?>> classes) throws IOException {
        return jar(file, manifest, classes, classes.stream().map(Class::getName).toList());
    }

    Path jar(String file, Map<String, String> manifest, List<Class<?>> classes, List<String> extensions)
            throws IOException {
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.forEach((name, value) -> mf.getMainAttributes().put(new Attributes.Name(name), value));
        Path jar = folder.resolve(file);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, mf)) {
            for (Class<?> type : classes) {
                String entry = type.getName().replace('.', '/') + ".class";
                zip.putNextEntry(new JarEntry(entry));
                try (InputStream bytes = type.getClassLoader().getResourceAsStream(entry)) {
                    bytes.transferTo(zip);
                }
                zip.closeEntry();
            }
            zip.putNextEntry(new JarEntry("META-INF/extensions.idx"));
            zip.write(("# test index\n" + String.join("\n", extensions) + "\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return jar;
    }

    /** A file named like a jar that is not one. */
    Path garbage(String file) throws IOException {
        return Files.writeString(folder.resolve(file), "this is not a zip file");
    }
}
