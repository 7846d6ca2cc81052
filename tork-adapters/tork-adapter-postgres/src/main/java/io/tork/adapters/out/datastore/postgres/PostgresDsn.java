package io.tork.adapters.out.datastore.postgres;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parses the data source names {@link PostgresConfig#fromDsn} accepts into a JDBC URL and credentials. */
final class PostgresDsn {
    private PostgresDsn() {
    }

    static PostgresConfig parse(String dsn, int maxPoolSize) {
        if (dsn == null || dsn.isBlank()) throw new IllegalArgumentException("the PostgreSQL DSN is empty");
        String trimmed = dsn.strip();
        if (trimmed.startsWith("jdbc:")) return new PostgresConfig(trimmed, null, null, maxPoolSize);
        if (trimmed.startsWith("postgres://") || trimmed.startsWith("postgresql://")) {
            return fromUrl(trimmed, maxPoolSize);
        }
        return fromKeyValues(keyValues(trimmed), maxPoolSize);
    }

    private static PostgresConfig fromUrl(String dsn, int maxPoolSize) {
        URI uri = URI.create(dsn);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("host", uri.getHost() == null ? "localhost" : uri.getHost());
        if (uri.getPort() > 0) settings.put("port", String.valueOf(uri.getPort()));
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (!path.isEmpty()) settings.put("dbname", path);
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            settings.put("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) settings.put("password", decode(userInfo.substring(colon + 1)));
        }
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) settings.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return fromKeyValues(settings, maxPoolSize);
    }

    private static PostgresConfig fromKeyValues(Map<String, String> settings, int maxPoolSize) {
        Map<String, String> rest = new LinkedHashMap<>(settings);
        String host = orDefault(rest.remove("host"), "localhost");
        String port = orDefault(rest.remove("port"), "5432");
        String user = rest.remove("user");
        String password = rest.remove("password");
        String database = orDefault(rest.remove("dbname"), user == null ? "postgres" : user);
        String sslMode = rest.remove("sslmode");
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(hostForUrl(host)).append(':').append(port)
                .append('/').append(database);
        StringBuilder query = new StringBuilder();
        if (sslMode != null) query.append("sslmode=").append(sslMode);
        String timeout = rest.remove("connect_timeout");
        if (timeout != null) query.append(query.isEmpty() ? "" : "&").append("connectTimeout=").append(timeout);
        if (!query.isEmpty()) url.append('?').append(query);
        return new PostgresConfig(url.toString(), user, password, maxPoolSize);
    }

    /**
     * libpq's key/value form: {@code key=value} pairs separated by blanks; a value may be single-quoted, with
     * {@code \'} and {@code \\} escaped inside.
     */
    static Map<String, String> keyValues(String dsn) {
        Map<String, String> settings = new LinkedHashMap<>();
        int i = 0;
        int length = dsn.length();
        while (i < length) {
            while (i < length && Character.isWhitespace(dsn.charAt(i))) i++;
            if (i >= length) break;
            int keyStart = i;
            while (i < length && dsn.charAt(i) != '=' && !Character.isWhitespace(dsn.charAt(i))) i++;
            String key = dsn.substring(keyStart, i);
            while (i < length && Character.isWhitespace(dsn.charAt(i))) i++;
            if (i >= length || dsn.charAt(i) != '=') {
                throw new IllegalArgumentException("malformed PostgreSQL DSN: missing '=' after \"" + key + "\"");
            }
            i++;
            while (i < length && Character.isWhitespace(dsn.charAt(i))) i++;
            StringBuilder value = new StringBuilder();
            if (i < length && dsn.charAt(i) == '\'') {
                i++;
                while (i < length && dsn.charAt(i) != '\'') {
                    if (dsn.charAt(i) == '\\' && i + 1 < length) i++;
                    value.append(dsn.charAt(i++));
                }
                if (i >= length) throw new IllegalArgumentException("malformed PostgreSQL DSN: unterminated quote");
                i++;
            } else {
                while (i < length && !Character.isWhitespace(dsn.charAt(i))) {
                    if (dsn.charAt(i) == '\\' && i + 1 < length) i++;
                    value.append(dsn.charAt(i++));
                }
            }
            settings.put(key, value.toString());
        }
        return settings;
    }

    private static String hostForUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
