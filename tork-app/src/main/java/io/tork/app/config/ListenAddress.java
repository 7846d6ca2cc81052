package io.tork.app.config;

import java.util.Objects;

/**
 * Where a server listens: {@code localhost:8000}, {@code 0.0.0.0:8000}, {@code [::1]:8000}. An empty host
 * ({@code :8000}) means every interface. Port 0 asks the system for a free port.
 */
public record ListenAddress(String host, int port) {
    /** The host that means "every interface". */
    public static final String ALL_INTERFACES = "0.0.0.0";

    public ListenAddress {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
    }

    /**
     * Reads {@code host:port}.
     *
     * @throws IllegalArgumentException when the text is not of that form
     */
    public static ListenAddress parse(String text) {
        String value = text.trim();
        int colon = value.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("expected host:port");
        }
        String host = value.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            throw new IllegalArgumentException("expected host:port (write IPv6 hosts in brackets)");
        }
        int port;
        try {
            port = Integer.parseInt(value.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected host:port with a numeric port");
        }
        return new ListenAddress(host.isEmpty() ? ALL_INTERFACES : host, port);
    }

    /** Whether only this machine can connect (a loopback host). */
    public boolean isLoopback() {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
