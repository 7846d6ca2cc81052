package io.tork.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** {@code tork --version}: the version Maven stamped into the build. */
public final class VersionProvider implements IVersionProvider {
    private static final String RESOURCE = "/io/tork/app/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"tork " + version()};
    }

    /** The version of this build, or {@code unknown} when run from unprocessed sources. */
    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "unknown");
            return version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
