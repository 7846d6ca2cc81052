package io.tork.adapters.in.web;

/** Sizes the way people say them: {@code 500 KiB}, {@code 2 MiB}, {@code 700 bytes}. */
final class ByteSizes {
    private static final long KIB = 1024;
    private static final long MIB = KIB * 1024;

    private ByteSizes() {
    }

    static String format(long bytes) {
        if (bytes >= MIB && bytes % MIB == 0) return bytes / MIB + " MiB";
        if (bytes >= KIB && bytes % KIB == 0) return bytes / KIB + " KiB";
        return bytes + " bytes";
    }
}
