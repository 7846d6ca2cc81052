package io.tork.adapters.out.runtime.docker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads the first regular file of a tar archive, as Docker's copy-from-container endpoint returns one. */
final class TarReader {
    private TarReader() {
    }

    /**
     * The first {@code limit} bytes of a file, and whether the file was longer than that.
     *
     * @param ownerId the numeric user owning the file as the archive tells it, -1 when unknown
     */
    record Content(byte[] bytes, boolean truncated, long ownerId) {
        Content(byte[] bytes, boolean truncated) {
            this(bytes, truncated, -1);
        }
    }

    /** @return the first regular file's content, or {@code null} when the archive holds none */
    static Content firstFile(InputStream in, int limit) throws IOException {
        byte[] header = new byte[TarWriter.BLOCK];
        while (readBlock(in, header)) {
            if (isZeroBlock(header)) {
                return null;
            }
            long size = parseSize(header);
            char type = (char) header[156];
            if (type == '0' || type == 0) {
                return readContent(in, size, limit, parseOctal(header, 108, 8));
            }
            // Directories, links and PAX/GNU extension headers: skip their data.
            skipFully(in, roundUp(size));
        }
        return null;
    }

    private static Content readContent(InputStream in, long size, int limit, long ownerId) throws IOException {
        int kept = (int) Math.min(size, limit);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(kept);
        byte[] buffer = new byte[8192];
        int remaining = kept;
        while (remaining > 0) {
            int n = in.read(buffer, 0, Math.min(buffer.length, remaining));
            if (n < 0) {
                throw new IOException("tar archive ends inside a file");
            }
            bytes.write(buffer, 0, n);
            remaining -= n;
        }
        return new Content(bytes.toByteArray(), size > limit, ownerId);
    }

    private static boolean readBlock(InputStream in, byte[] block) throws IOException {
        int read = in.readNBytes(block, 0, block.length);
        if (read == 0) {
            return false;
        }
        if (read < block.length) {
            throw new IOException("tar archive ends inside a header");
        }
        return true;
    }

    private static boolean isZeroBlock(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** Sizes are octal text, or big-endian binary when the first byte has its high bit set (GNU, > 8 GiB). */
    private static long parseSize(byte[] header) throws IOException {
        if ((header[124] & 0x80) != 0) {
            long size = 0;
            for (int i = 125; i < 136; i++) {
                size = (size << 8) | (header[i] & 0xff);
            }
            return size;
        }
        long size = parseOctal(header, 124, 12);
        if (size < 0) {
            throw new IOException("bad size in tar header");
        }
        return size;
    }

    /** An octal text field; -1 when it is not one. */
    private static long parseOctal(byte[] header, int offset, int length) {
        String text = new String(header, offset, length, StandardCharsets.US_ASCII).replace('\0', ' ').trim();
        try {
            return text.isEmpty() ? 0 : Long.parseLong(text, 8);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long roundUp(long size) {
        return (size + TarWriter.BLOCK - 1) / TarWriter.BLOCK * TarWriter.BLOCK;
    }

    private static void skipFully(InputStream in, long count) throws IOException {
        in.skipNBytes(count);
    }
}
