package io.tork.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection for a load generator: it writes a request and reads the answer, nothing more
 * (no pooling, redirects, compression or asynchronous machinery). The throughput benchmarks run their clients in
 * the engine's own JVM on the same two cores, so what a client spends is taken from the engine: this one costs a
 * fraction of {@code java.net.http}'s. It speaks ordinary HTTP to the engine's ordinary API.
 */
final class KeepAliveConnection implements AutoCloseable {
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAliveConnection(int port) {
        this.port = port;
    }

    record Response(int status, String body) {
    }

    /** POSTs a JSON document; a connection the server closed is opened again once. */
    Response postJson(String path, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        try {
            return exchange(head, body);
        } catch (IOException e) {
            close();
            return exchange(head, body);
        }
    }

    private Response exchange(byte[] head, byte[] body) throws IOException {
        if (socket == null) open();
        out.write(head);
        out.write(body);
        out.flush();
        String statusLine = line();
        if (statusLine == null) throw new IOException("the server closed the connection");
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) throw new IOException("not an HTTP answer: " + statusLine);
        int status = Integer.parseInt(parts[1]);
        int length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); header != null && !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon < 0) continue;
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Integer.parseInt(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closing = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        byte[] answer = chunked ? chunkedBody() : length >= 0 ? in.readNBytes(length) : in.readAllBytes();
        if (closing || (!chunked && length < 0)) close();
        return new Response(status, new String(answer, StandardCharsets.UTF_8));
    }

    private byte[] chunkedBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            if (size == null) throw new IOException("the server closed the connection inside a chunked body");
            int semicolon = size.indexOf(';');
            int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (length == 0) {
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers are not used here
                }
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            line();
        }
    }

    /** A header line without its CRLF; null at the end of the stream. */
    private String line() throws IOException {
        StringBuilder text = new StringBuilder(64);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int end = text.length();
                if (end > 0 && text.charAt(end - 1) == '\r') text.setLength(end - 1);
                return text.toString();
            }
            text.append((char) c);
        }
        return text.isEmpty() ? null : text.toString();
    }

    private void open() throws IOException {
        socket = new Socket("localhost", port);
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
    }

    @Override
    public void close() {
        if (socket == null) return;
        try {
            socket.close();
        } catch (IOException e) {
            // closing a connection that already broke
        }
        socket = null;
    }
}
