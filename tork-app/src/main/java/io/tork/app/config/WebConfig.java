package io.tork.app.config;

/**
 * The REST API's HTTP settings ({@code middleware.web.*}).
 *
 * @param bodyLimitBytes {@code middleware.web.bodylimit} (default {@code 500K}, i.e. 512 000 bytes): the largest
 *                       request body accepted; larger ones get 413
 */
public record WebConfig(long bodyLimitBytes) {
    public WebConfig {
        if (bodyLimitBytes <= 0) {
            throw new IllegalArgumentException("middleware.web.bodylimit must be positive, was " + bodyLimitBytes);
        }
    }
}
