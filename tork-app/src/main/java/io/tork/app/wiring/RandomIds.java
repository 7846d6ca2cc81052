package io.tork.app.wiring;

import io.tork.application.port.out.IdGenerator;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Random (version 4) UUIDs rendered as 32 lower-case hex characters, as Tork does. Written straight from the
 * random bytes: every task and every message needs one, and {@code UUID.toString().replace("-", "")} made three
 * strings for each.
 */
final class RandomIds implements IdGenerator {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    @Override
    public String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // the IETF variant
        return HEX.formatHex(bytes);
    }
}
