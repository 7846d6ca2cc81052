package io.tork.adapters.out.runtime.docker;

import java.text.Normalizer;
import java.util.Locale;

/** A task name made into a DNS-friendly network alias: {@code "My Server"} → {@code "my-server"}. */
final class Slug {
    private Slug() {
    }

    /** @return the slug, or {@code null} when nothing usable is left */
    static String of(String name) {
        if (name == null) {
            return null;
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? null : slug;
    }
}
