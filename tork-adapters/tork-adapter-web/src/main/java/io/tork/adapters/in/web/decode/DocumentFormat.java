package io.tork.adapters.in.web.decode;

import java.util.Locale;
import java.util.Optional;

/** The two notations a job or task document may be written in. */
public enum DocumentFormat {
    JSON("JSON"), YAML("YAML");

    private final String displayName;

    DocumentFormat(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The format named by a media type without its parameters ({@code application/json}), if it is one we read. */
    public static Optional<DocumentFormat> ofMediaType(String mediaType) {
        return switch (mediaType.trim().toLowerCase(Locale.ROOT)) {
            case "application/json" -> Optional.of(JSON);
            // text/yaml and application/x-yaml are what the reference accepts; application/yaml is the registered name
            case "text/yaml", "application/x-yaml", "application/yaml", "text/x-yaml" -> Optional.of(YAML);
            default -> Optional.empty();
        };
    }
}
