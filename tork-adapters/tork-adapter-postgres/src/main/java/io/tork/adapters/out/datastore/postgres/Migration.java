package io.tork.adapters.out.datastore.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One versioned SQL script of {@code db/migration}, named {@code V<version>__<description>.sql}. */
record Migration(int version, String description, String script) {
    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    static Migration load(String fileName) {
        Matcher name = NAME.matcher(fileName);
        if (!name.matches()) {
            throw new IllegalStateException("migration " + fileName + " is not named V<version>__<description>.sql");
        }
        String resource = PostgresMigrations.LOCATION + fileName;
        try (InputStream in = Migration.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("migration " + resource + " is missing");
            return new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("can not read migration " + resource, e);
        }
    }
}
