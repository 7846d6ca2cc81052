package io.tork.adapters.in.web;

import io.tork.adapters.in.web.error.ApiException;
import io.javalin.http.Context;
import io.tork.adapters.in.web.decode.Document;
import io.tork.adapters.in.web.decode.DocumentDecoder;
import io.tork.adapters.in.web.decode.DocumentFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Reads a job or task document from a request: checks its content type, enforces the body limit while reading
 * (so an oversized body is never held in memory whole) and decodes it strictly.
 */
final class RequestBodies {
    private static final String DOCUMENT_ATTRIBUTE = "tork.document";
    private final long limitBytes;
    private final DocumentDecoder decoder = new DocumentDecoder();

    RequestBodies(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    <T> T read(Context ctx, Class<T> type) {
        String contentType = ctx.header("Content-Type");
        if (contentType == null || contentType.isBlank()) {
            throw ApiException.badRequest("missing content type");
        }
        String[] parts = contentType.split(";");
        DocumentFormat format = DocumentFormat.ofMediaType(parts[0])
                .orElseThrow(() -> ApiException.badRequest("unknown content type: " + contentType));
        Charset charset = charset(parts);
        String text = new String(readLimited(ctx), charset);
        if (text.isBlank()) {
            throw ApiException.badRequest("request body is empty");
        }
        Document document = new Document(format, text);
        // kept so that errors found later (validation) can name the line of each field
        ctx.attribute(DOCUMENT_ATTRIBUTE, document);
        return decoder.decode(document, type);
    }

    /** The document read from this request, if one was. */
    static java.util.Optional<Document> documentOf(Context ctx) {
        return java.util.Optional.ofNullable(ctx.attribute(DOCUMENT_ATTRIBUTE));
    }

    private byte[] readLimited(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limitBytes) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            // a declared length is read into one array of that size; a body that runs longer is caught below
            int expected = declared >= 0 ? (int) declared + 1 : (int) Math.min(Integer.MAX_VALUE - 8, limitBytes + 1);
            byte[] bytes = in.readNBytes(expected);
            if (bytes.length > limitBytes) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            // the client went away or sent a broken stream: nothing the server can fix
            throw ApiException.badRequest("could not read the request body");
        }
    }

    private ApiException tooLarge() {
        return new ApiException(413, "request body is larger than the " + ByteSizes.format(limitBytes) + " limit");
    }

    private static Charset charset(String[] contentTypeParts) {
        for (int i = 1; i < contentTypeParts.length; i++) {
            String parameter = contentTypeParts[i].trim();
            int eq = parameter.indexOf('=');
            if (eq > 0 && parameter.substring(0, eq).trim().toLowerCase(Locale.ROOT).equals("charset")) {
                String name = parameter.substring(eq + 1).trim().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw ApiException.badRequest("unknown charset: " + name);
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
