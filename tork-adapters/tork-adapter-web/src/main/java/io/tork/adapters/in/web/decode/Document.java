package io.tork.adapters.in.web.decode;

import java.util.Objects;

/** A request body as text, with the notation it claims to be written in. */
public record Document(DocumentFormat format, String text) {
    public Document {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
    }
}
