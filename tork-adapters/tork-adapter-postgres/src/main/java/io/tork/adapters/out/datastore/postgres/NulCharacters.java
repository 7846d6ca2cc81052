package io.tork.adapters.out.datastore.postgres;

/**
 * PostgreSQL refuses the NUL character in text and JSONB values; a task's output may contain it, so it is
 * dropped before storing, as the reference does for results and errors.
 */
final class NulCharacters {
    private NulCharacters() {
    }

    static String strip(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace("\0", "");
    }
}
