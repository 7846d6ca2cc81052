package io.tork.adapters.out.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TarWriterTest {
    private static final long MTIME = 1_700_000_000L;

    @Test
    void writesUstarHeadersWithModeSizeAndAValidChecksum() throws IOException {
        byte[] tar = TarWriter.inMemory(t -> t.file("tork/stdout", "hello".getBytes(StandardCharsets.UTF_8), 0666), MTIME);

        assertThat(tar.length % TarWriter.BLOCK).isZero();
        assertThat(field(tar, 0, 100)).isEqualTo("tork/stdout");
        assertThat(field(tar, 100, 8)).isEqualTo("0000666");
        assertThat(Long.parseLong(field(tar, 124, 12), 8)).isEqualTo(5);
        assertThat(Long.parseLong(field(tar, 136, 12), 8)).isEqualTo(MTIME);
        assertThat((char) tar[156]).isEqualTo('0');
        assertThat(field(tar, 257, 6)).isEqualTo("ustar");
        assertThat(Long.parseLong(field(tar, 148, 8).trim(), 8)).isEqualTo(checksumOfFirstHeader(tar));
        assertThat(new String(tar, 512, 5, StandardCharsets.UTF_8)).isEqualTo("hello");
    }

    @Test
    void padsContentToWholeBlocksAndEndsWithTwoEmptyBlocks() throws IOException {
        byte[] tar = TarWriter.inMemory(t -> t.file("a", new byte[513], 0444), MTIME);

        // header + 2 content blocks + 2 end blocks
        assertThat(tar).hasSize(5 * TarWriter.BLOCK);
        for (int i = 3 * TarWriter.BLOCK; i < tar.length; i++) {
            assertThat(tar[i]).isZero();
        }
    }

    @Test
    void marksDirectoriesWithATrailingSlashAndTypeFive() throws IOException {
        byte[] tar = TarWriter.inMemory(t -> t.directory("tork/workdir", 0777), MTIME);

        assertThat(field(tar, 0, 100)).isEqualTo("tork/workdir/");
        assertThat((char) tar[156]).isEqualTo('5');
        assertThat(field(tar, 100, 8)).isEqualTo("0000777");
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        byte[] content = "x".repeat(70_000).getBytes(StandardCharsets.UTF_8);
        byte[] tar = TarWriter.inMemory(t -> t.directory("d", 0755).file("d/f", content, 0644), MTIME);

        TarReader.Content whole = TarReader.firstFile(new ByteArrayInputStream(tar), 100_000);
        TarReader.Content cut = TarReader.firstFile(new ByteArrayInputStream(tar), 65_536);

        assertThat(whole.bytes()).isEqualTo(content);
        assertThat(whole.truncated()).isFalse();
        assertThat(cut.bytes()).hasSize(65_536);
        assertThat(cut.truncated()).isTrue();
    }

    @Test
    void putsPathsLongerThanAHeaderFieldInAPaxRecord() throws IOException {
        String longPath = "dir/" + "n".repeat(150) + ".txt";
        byte[] tar = TarWriter.inMemory(t -> t.file(longPath, "v".getBytes(StandardCharsets.UTF_8), 0444), MTIME);

        assertThat((char) tar[156]).isEqualTo('x');
        int paxSize = (int) Long.parseLong(field(tar, 124, 12), 8);
        String record = new String(tar, 512, paxSize, StandardCharsets.UTF_8);
        assertThat(record).endsWith(" path=" + longPath + "\n");
        int declaredLength = Integer.parseInt(record.substring(0, record.indexOf(' ')));
        assertThat(declaredLength).isEqualTo(record.getBytes(StandardCharsets.UTF_8).length);
        assertThat(TarReader.firstFile(new ByteArrayInputStream(tar), 10).bytes())
                .isEqualTo("v".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsNothingFromAnEmptyArchive() throws IOException {
        byte[] tar = TarWriter.inMemory(t -> { }, MTIME);

        assertThat(TarReader.firstFile(new ByteArrayInputStream(tar), 10)).isNull();
    }

    private static String field(byte[] tar, int offset, int length) {
        return new String(tar, offset, length, StandardCharsets.US_ASCII).replace("\0", "");
    }

    private static long checksumOfFirstHeader(byte[] tar) {
        long sum = 0;
        for (int i = 0; i < TarWriter.BLOCK; i++) {
            sum += (i >= 148 && i < 156) ? ' ' : tar[i] & 0xff;
        }
        return sum;
    }
}
