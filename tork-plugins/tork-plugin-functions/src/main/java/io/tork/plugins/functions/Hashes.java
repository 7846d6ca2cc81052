package io.tork.plugins.functions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hex digests of the UTF-8 bytes of a text. */
final class Hashes {
    private Hashes() {
    }

    static String hex(String algorithm, String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // Every JDK must provide MD5 and SHA-256 (java.security.MessageDigest's documented minimum).
            throw new IllegalStateException(algorithm + " is not available in this JDK", e);
        }
    }
}
