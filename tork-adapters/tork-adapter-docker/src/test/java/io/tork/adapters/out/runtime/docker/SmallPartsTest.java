package io.tork.adapters.out.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.exception.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The runtime's small pure helpers. */
class SmallPartsTest {

    @Test
    void slugsTaskNamesIntoNetworkAliases() {
        assertThat(Slug.of("My Server")).isEqualTo("my-server");
        assertThat(Slug.of("  Café -- API_2 ")).isEqualTo("cafe-api-2");
        assertThat(Slug.of("!!!")).isNull();
        assertThat(Slug.of(null)).isNull();
    }

    @Test
    void splitsImageReferencesForThePullEndpoint() {
        assertThat(ImageReference.parse("ubuntu")).isEqualTo(new ImageReference("ubuntu", "latest"));
        assertThat(ImageReference.parse("nosuch/image:1")).isEqualTo(new ImageReference("nosuch/image", "1"));
        assertThat(ImageReference.parse("localhost:5000/app")).isEqualTo(new ImageReference("localhost:5000/app", "latest"));
        assertThat(ImageReference.parse("r.io/a/b:2@sha256:abc")).isEqualTo(new ImageReference("r.io/a/b", "sha256:abc"));
        assertThat(ImageReference.parse("r.io/a/b:2").registryHost()).isEqualTo("r.io");
        assertThat(ImageReference.parse("library/ubuntu").registryHost()).isNull();
    }

    @Test
    void keepsTheLastTenLinesOfOutput() {
        LogTail tail = new LogTail(3);
        tail.append("one\ntwo\nthr");
        tail.append("ee\r\nfour\nfive");

        assertThat(tail.text()).isEqualTo("three\nfour\nfive");
    }

    @Test
    void decodesCharactersSplitAcrossChunks() {
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        Utf8StreamDecoder decoder = new Utf8StreamDecoder();

        String first = decoder.decode(new byte[] {'a', euro[0]});
        String second = decoder.decode(new byte[] {euro[1], euro[2], 'b'});

        assertThat(first + second).isEqualTo("a€b");
        assertThat(decoder.decode(new byte[] {euro[0]}) + decoder.finish()).isEqualTo("\uFFFD");
    }

    @Test
    void cutsResultsOnACharacterBoundary() {
        byte[] text = "ab€".getBytes(StandardCharsets.UTF_8);

        assertThat(ContainerRunner.utf8Prefix(Arrays.copyOf(text, 4))).isEqualTo("ab");
        assertThat(ContainerRunner.utf8Prefix(text)).isEqualTo("ab€");
        assertThat(ContainerRunner.utf8Prefix("abc".getBytes(StandardCharsets.UTF_8))).isEqualTo("abc");
    }

    @Test
    void readsProgressValues() {
        assertThat(ProgressPoller.parse("50")).isEqualTo(50.0);
        assertThat(ProgressPoller.parse("12.5")).isEqualTo(12.5);
        assertThat(ProgressPoller.parse("")).isNull();
        assertThat(ProgressPoller.parse("half")).isNull();
        assertThat(ProgressPoller.parse("NaN")).isNull();
    }

    @Test
    void reportsTheDaemonsOwnWords() {
        NotFoundException notFound = new NotFoundException("Status 404: {\"message\":\"No such image: \\\"x\\\"\"}\n");

        assertThat(DockerErrors.describe(notFound)).isEqualTo("No such image: \"x\"");
        assertThat(DockerErrors.describe(new IllegalStateException("boom"))).isEqualTo("boom");
    }
}
