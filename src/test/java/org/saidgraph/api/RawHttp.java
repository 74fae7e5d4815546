package org.saidgraph.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP written byte by byte on a socket, for requests no well-behaved client sends: a body shorter than its
 * Content-Length, broken chunked encoding, a header with a control character, a WebSocket upgrade.
 */
final class RawHttp {

    /** What came back: the bytes read until the server closed, or until the read timeout; and how long it took. */
    record Reply(String text, long millis, boolean timedOut) {

        int status() {
            if (!text.startsWith("HTTP/1.1 ")) {
                return -1;
            }
            return Integer.parseInt(text.substring(9, 12));
        }

        String body() {
            int at = text.indexOf("\r\n\r\n");
            return at < 0 ? "" : text.substring(at + 4);
        }

        String header(String name) {
            int end = text.indexOf("\r\n\r\n");
            for (String line : text.substring(0, end < 0 ? text.length() : end).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    private RawHttp() {
    }

    /** Sends the bytes, optionally keeps the connection open without sending more, and reads the reply. */
    static Reply send(int port, byte[] request, int readTimeoutMillis) {
        long started = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(readTimeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream reply = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            boolean timedOut = false;
            try {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    reply.write(buffer, 0, n);
                    if (complete(reply.toString(StandardCharsets.ISO_8859_1))) {
                        break;
                    }
                }
            } catch (SocketTimeoutException e) {
                timedOut = true;
            } catch (IOException reset) {
                // the server closed hard after answering: keep what arrived
            }
            return new Reply(reply.toString(StandardCharsets.UTF_8), (System.nanoTime() - started) / 1_000_000,
                    timedOut);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Reply send(int port, String request, int readTimeoutMillis) {
        return send(port, request.getBytes(StandardCharsets.ISO_8859_1), readTimeoutMillis);
    }

    /** Whether a reply with a Content-Length has all of its body. */
    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = text.substring(0, end).toLowerCase();
        int at = head.indexOf("content-length:");
        if (at < 0) {
            return head.startsWith("http/1.1 101");
        }
        int eol = head.indexOf("\r\n", at);
        int length = Integer.parseInt(head.substring(at + 15, eol < 0 ? head.length() : eol).strip());
        return text.length() - end - 4 >= length;
    }
}
