package io.tork.adapters.out.datastore.postgres;

import java.util.Objects;

/**
 * Where the datastore lives: a JDBC URL ({@code jdbc:postgresql://host:port/db}), the credentials (either may be
 * {@code null} when the URL carries them) and the size of the connection pool.
 */
public record PostgresConfig(String url, String username, String password, int maxPoolSize) {
    /** The reference's {@code datastore.postgres.max_open_conns} default. */
    public static final int DEFAULT_MAX_POOL_SIZE = 25;

    public PostgresConfig {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1, got " + maxPoolSize);
        }
    }

    /**
     * Reads a data source name in any of the forms users know: a JDBC URL, the reference's libpq key/value form
     * ({@code host=localhost user=tork password=tork dbname=tork port=5432 sslmode=disable}) or a
     * {@code postgres://user:password@host:port/db?sslmode=disable} URL.
     */
    public static PostgresConfig fromDsn(String dsn, int maxPoolSize) {
        return PostgresDsn.parse(dsn, maxPoolSize);
    }

    /** The password is left out, so that the config can be logged. */
    @Override
    public String toString() {
        return "PostgresConfig[url=" + url + ", username=" + username + ", maxPoolSize=" + maxPoolSize + "]";
    }
}
