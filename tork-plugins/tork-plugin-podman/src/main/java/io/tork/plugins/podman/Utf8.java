package io.tork.plugins.podman;

import java.nio.charset.StandardCharsets;

/** Cutting UTF-8 text to a number of bytes without splitting a character. */
final class Utf8 {
    private Utf8() {
    }

    /** The first {@code length} bytes of {@code bytes} as text, leaving out a character the cut would split. */
    static String prefix(byte[] bytes, int length) {
        int end = Math.min(length, bytes.length);
        if (end < bytes.length) {
            while (end > 0 && (bytes[end] & 0xc0) == 0x80) {
                end--;
            }
        } else {
            // the bytes end here: a character they end in the middle of is incomplete, drop it
            int start = Math.max(0, end - 3);
            for (int i = end - 1; i >= start; i--) {
                int b = bytes[i] & 0xff;
                if ((b & 0xc0) == 0x80) continue;
                int expected = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
                if (end - i < expected) end = i;
                break;
            }
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    /** {@code text} cut to at most {@code maxBytes} UTF-8 bytes. */
    static String limit(String text, int maxBytes) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return bytes.length <= maxBytes ? text : prefix(bytes, maxBytes);
    }
}
