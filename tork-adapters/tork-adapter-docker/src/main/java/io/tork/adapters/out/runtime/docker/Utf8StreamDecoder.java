package io.tork.adapters.out.runtime.docker;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 that arrives in arbitrary chunks: a character split across two log frames is kept until its
 * last byte arrives instead of becoming two replacement characters. Not thread-safe: one per stream.
 */
final class Utf8StreamDecoder {
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer pending = ByteBuffer.allocate(0);

    String decode(byte[] chunk) {
        ByteBuffer input = ByteBuffer.allocate(pending.remaining() + chunk.length);
        input.put(pending).put(chunk).flip();
        CharBuffer output = CharBuffer.allocate(input.remaining() + 1);
        decoder.decode(input, output, false);
        pending = input.slice();
        return output.flip().toString();
    }

    /** What is left at the end of the stream: an incomplete character becomes a replacement character. */
    String finish() {
        CharBuffer output = CharBuffer.allocate(pending.remaining() + 2);
        decoder.decode(pending, output, true);
        decoder.flush(output);
        pending = ByteBuffer.allocate(0);
        decoder.reset();
        return output.flip().toString();
    }
}
