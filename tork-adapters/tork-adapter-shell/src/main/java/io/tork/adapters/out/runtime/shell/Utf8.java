package io.tork.adapters.out.runtime.shell;

/** UTF-8 byte arithmetic for cutting text at a byte limit. */
final class Utf8 {
    private Utf8() {
    }

    /** The length of {@code bytes} without a trailing, incomplete multi-byte character. */
    static int completeLength(byte[] bytes) {
        int end = bytes.length;
        int start = end;
        // A character is at most 4 bytes: find the lead byte of the last one.
        while (start > 0 && end - start < 4 && isContinuation(bytes[start - 1])) {
            start--;
        }
        if (start == 0) return end;
        int lead = start - 1;
        int expected = sequenceLength(bytes[lead]);
        return end - lead >= expected ? end : lead;
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    private static int sequenceLength(byte lead) {
        if ((lead & 0x80) == 0) return 1;
        if ((lead & 0xE0) == 0xC0) return 2;
        if ((lead & 0xF0) == 0xE0) return 3;
        if ((lead & 0xF8) == 0xF0) return 4;
        return 1; // not a lead byte: malformed input, leave it to the decoder
    }
}
