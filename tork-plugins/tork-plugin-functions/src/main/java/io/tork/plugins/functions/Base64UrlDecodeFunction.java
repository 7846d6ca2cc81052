package io.tork.plugins.functions;

import io.tork.plugin.api.ExpressionFunction;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.pf4j.Extension;

/** {@code base64urlDecode(text)}: the inverse of {@code base64url}; padding is optional. The bytes must be UTF-8. */
@Extension
public final class Base64UrlDecodeFunction implements ExpressionFunction {
    @Override
    public String name() {
        return "base64urlDecode";
    }

    @Override
    public int minArity() {
        return 1;
    }

    @Override
    public int maxArity() {
        return 1;
    }

    @Override
    public Object apply(List<Object> args) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(Args.text(args, 0).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not base64url text: " + e.getMessage());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the decoded bytes are not UTF-8 text");
        }
    }
}
