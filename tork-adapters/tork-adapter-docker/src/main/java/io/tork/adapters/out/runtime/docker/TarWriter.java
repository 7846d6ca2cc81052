package io.tork.adapters.out.runtime.docker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a POSIX (ustar) tar archive: what Docker's copy-to-container endpoint takes. Only what the runtime
 * needs: directories and regular files owned by root. Paths longer than the 100 bytes of a ustar header go in a
 * PAX extended header.
 */
final class TarWriter implements AutoCloseable {
    static final int BLOCK = 512;
    private static final int NAME_LENGTH = 100;

    private final OutputStream out;
    private final long mtimeSeconds;

    TarWriter(OutputStream out, long mtimeSeconds) {
        this.out = out;
        this.mtimeSeconds = mtimeSeconds;
    }

    /** @param path relative, with {@code /} as separator, e.g. {@code tork/workdir} */
    TarWriter directory(String path, int mode) throws IOException {
        String name = path.endsWith("/") ? path : path + "/";
        writeEntry(name, '5', mode, new byte[0]);
        return this;
    }

    TarWriter file(String path, byte[] content, int mode) throws IOException {
        writeEntry(path, '0', mode, content);
        return this;
    }

    /** Ends the archive with its two empty blocks; does not close the underlying stream. */
    @Override
    public void close() throws IOException {
        out.write(new byte[2 * BLOCK]);
        out.flush();
    }

    private void writeEntry(String path, char type, int mode, byte[] content) throws IOException {
        byte[] name = path.getBytes(StandardCharsets.UTF_8);
        if (name.length > NAME_LENGTH) {
            byte[] pax = paxRecord("path", path);
            out.write(header("PaxHeaders/" + Math.abs(path.hashCode()), 'x', 0644, pax.length));
            writeContent(pax);
            name = truncate(name);
        }
        out.write(header(new String(name, StandardCharsets.UTF_8), type, mode, content.length));
        writeContent(content);
    }

    private void writeContent(byte[] content) throws IOException {
        out.write(content);
        int padding = (BLOCK - content.length % BLOCK) % BLOCK;
        out.write(new byte[padding]);
    }

    private byte[] header(String name, char type, int mode, long size) {
        byte[] h = new byte[BLOCK];
        put(h, 0, NAME_LENGTH, name.getBytes(StandardCharsets.UTF_8));
        putOctal(h, 100, 8, mode);
        putOctal(h, 108, 8, 0);
        putOctal(h, 116, 8, 0);
        putOctal(h, 124, 12, size);
        putOctal(h, 136, 12, mtimeSeconds);
        h[156] = (byte) type;
        put(h, 257, 6, "ustar\0".getBytes(StandardCharsets.US_ASCII));
        put(h, 263, 2, "00".getBytes(StandardCharsets.US_ASCII));
        put(h, 265, 32, "root".getBytes(StandardCharsets.US_ASCII));
        put(h, 297, 32, "root".getBytes(StandardCharsets.US_ASCII));
        // The checksum is computed with its own field filled with spaces.
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        String checksum = String.format("%06o", sum);
        put(h, 148, 6, checksum.getBytes(StandardCharsets.US_ASCII));
        h[154] = 0;
        h[155] = ' ';
        return h;
    }

    /** A PAX record is {@code "<length> <key>=<value>\n"} where the length counts itself. */
    private static byte[] paxRecord(String key, String value) {
        int body = (" " + key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8).length;
        int length = body + String.valueOf(body).length();
        if (String.valueOf(length).length() != String.valueOf(body).length()) {
            length++;
        }
        return (length + " " + key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] truncate(byte[] name) {
        byte[] shortName = new byte[NAME_LENGTH];
        System.arraycopy(name, 0, shortName, 0, NAME_LENGTH);
        return shortName;
    }

    private static void put(byte[] header, int offset, int length, byte[] value) {
        System.arraycopy(value, 0, header, offset, Math.min(length, value.length));
    }

    private static void putOctal(byte[] header, int offset, int length, long value) {
        String octal = Long.toOctalString(value);
        if (octal.length() > length - 1) {
            throw new IllegalArgumentException("value " + value + " does not fit a tar header field");
        }
        String padded = "0".repeat(length - 1 - octal.length()) + octal;
        put(header, offset, length - 1, padded.getBytes(StandardCharsets.US_ASCII));
        header[offset + length - 1] = 0;
    }

    /** Convenience for small archives built in memory. */
    static byte[] inMemory(ArchiveContent content, long mtimeSeconds) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarWriter tar = new TarWriter(bytes, mtimeSeconds)) {
            content.writeTo(tar);
        }
        return bytes.toByteArray();
    }

    @FunctionalInterface
    interface ArchiveContent {
        void writeTo(TarWriter tar) throws IOException;
    }
}
