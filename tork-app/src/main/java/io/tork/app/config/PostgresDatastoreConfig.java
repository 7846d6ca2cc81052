package io.tork.app.config;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code datastore.postgres.*}: either a JDBC URL with optional credentials, or the reference's data source name.
 * With neither, the reference's default DSN applies ({@code host=localhost user=tork password=tork dbname=tork
 * port=5432 sslmode=disable}).
 *
 * @param url         {@code datastore.postgres.url}, e.g. {@code jdbc:postgresql://localhost:5432/tork}
 * @param username    {@code datastore.postgres.username}
 * @param password    {@code datastore.postgres.password}
 * @param dsn         {@code datastore.postgres.dsn}: libpq key/value form or {@code postgres://} URL
 * @param maxPoolSize {@code datastore.postgres.max-pool-size} (default 25)
 */
public record PostgresDatastoreConfig(Optional<String> url, Optional<String> username, Optional<String> password,
                                      Optional<String> dsn, int maxPoolSize) {
    /** The reference's default data source name. */
    public static final String DEFAULT_DSN = "host=localhost user=tork password=tork dbname=tork port=5432 "
            + "sslmode=disable";

    public PostgresDatastoreConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(dsn, "dsn");
    }

    /** The password (alone or inside the DSN) stays out of logs and error messages. */
    @Override
    public String toString() {
        return "PostgresDatastoreConfig[url=" + url.orElse("") + ", username=" + username.orElse("")
                + ", dsn=" + (dsn.isPresent() ? "(set)" : "") + ", maxPoolSize=" + maxPoolSize + "]";
    }
}
