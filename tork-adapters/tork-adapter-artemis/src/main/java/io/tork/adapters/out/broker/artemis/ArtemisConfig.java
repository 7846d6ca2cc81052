package io.tork.adapters.out.broker.artemis;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where the broker is and whether this process runs it.
 *
 * @param url      the broker's core URL ({@code tcp://host:port}, optional Artemis locator parameters in the query,
 *                 e.g. {@code ?retryInterval=100}); with {@code embedded}, also where the embedded broker listens
 *                 ({@code tcp://0.0.0.0:61616} accepts remote workers, {@code localhost} only local ones)
 * @param embedded run a persistent broker inside this process
 * @param dataDir  the embedded broker's journal, bindings and paging folders
 * @param username credentials for the broker; with {@code embedded}, the one user the embedded broker accepts
 *                 (no username: the embedded broker runs without security)
 * @param password see {@code username}
 */
public record ArtemisConfig(String url, boolean embedded, Path dataDir, String username, String password) {
    public static final String DEFAULT_URL = "tcp://localhost:61616";

    public ArtemisConfig {
        url = url == null || url.isBlank() ? DEFAULT_URL : url.trim();
        dataDir = dataDir == null ? Path.of(System.getProperty("user.home"), ".tork", "artemis") : dataDir;
        username = username == null || username.isBlank() ? null : username;
        password = username == null ? null : password;
    }

    /** A client of the broker at {@link #DEFAULT_URL}. */
    public static ArtemisConfig defaults() {
        return new ArtemisConfig(null, false, null, null, null);
    }

    /** The TCP port of {@link #url()}, 61616 when it names none. */
    int port() {
        int port = URI.create(url).getPort();
        return port < 0 ? 61616 : port;
    }

    /** The host of {@link #url()}, {@code localhost} when it names none. */
    String host() {
        String host = URI.create(url).getHost();
        return host == null ? "localhost" : host;
    }
}
