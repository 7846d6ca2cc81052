package io.tork.plugins.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** PF4J finds extensions through META-INF/extensions.idx, written by its annotation processor at compile time. */
class ExtensionIndexTest {

    @Test
    void theIndexListsEveryFunction() throws IOException {
        // test-classes holds an index of its own (empty): read every copy on the class path
        StringBuilder content = new StringBuilder();
        for (URL index : Collections.list(getClass().getClassLoader().getResources("META-INF/extensions.idx"))) {
            try (InputStream in = index.openStream()) {
                content.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }

        assertThat(content.toString()).as("META-INF/extensions.idx (is annotation processing on? <proc>full</proc>)")
                .contains(Sha256Function.class.getName(), Md5Function.class.getName(),
                        Base64UrlFunction.class.getName(), Base64UrlDecodeFunction.class.getName(),
                        UuidFunction.class.getName(), FormatDateFunction.class.getName(),
                        ParseDateFunction.class.getName(), JsonPathFunction.class.getName(),
                        UrlEncodeFunction.class.getName(), SlugFunction.class.getName());
    }
}
