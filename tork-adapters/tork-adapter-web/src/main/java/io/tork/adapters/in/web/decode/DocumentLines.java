package io.tork.adapters.in.web.decode;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The line (from 1) where each field of a submitted document is written, so that an error about
 * {@code tasks[0].image} can point at the line of the first task's {@code image}, or of the task itself when it
 * has no image. Built only when errors are reported.
 */
public final class DocumentLines {
    private final FieldLocations locations;

    private DocumentLines(FieldLocations locations) {
        this.locations = locations;
    }

    public static DocumentLines of(Document document) {
        JsonFactory factory = document.format() == DocumentFormat.JSON ? new JsonFactory() : new YAMLFactory();
        return new DocumentLines(FieldLocations.of(factory, document.text()));
    }

    /** The line of {@code path}, else of its nearest enclosing field; null when neither is in the document. */
    public Integer lineOf(String path) {
        return locations.find(path).map(l -> l.getLineNr() > 0 ? l.getLineNr() : null).orElse(null);
    }
}
