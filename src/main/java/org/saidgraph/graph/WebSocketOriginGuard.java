package org.saidgraph.graph;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * First handler of every connection to the embedded Bolt port. Neo4j 5.26 serves Bolt over WebSocket on the same
 * port (a connection whose first bytes are {@code GET} is upgraded) without looking at the {@code Origin} header,
 * and has no setting for it, so any web page open in the user's browser could connect. This handler reads the
 * upgrade request's headers before Neo4j does and refuses, with 403, an upgrade that a browser sent from an origin
 * not in {@code saidgraph.bolt.websocket-origins}. Connections that are not HTTP (drivers, cypher-shell) and
 * requests without an Origin (programs, not pages) pass untouched. Authentication stays the main defence; this one
 * keeps a hostile page from even trying passwords.
 */
final class WebSocketOriginGuard extends ChannelInboundHandlerAdapter {

    /** The most bytes of upgrade request headers read before the connection is refused. */
    private static final int MAX_HEADERS = 16 * 1024;

    private final Set<String> allowedOrigins;
    private ByteBuf seen = Unpooled.EMPTY_BUFFER;

    WebSocketOriginGuard(Set<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf bytes)) {
            ctx.fireChannelRead(msg);
            return;
        }
        seen = seen == Unpooled.EMPTY_BUFFER ? bytes : Unpooled.wrappedBuffer(seen, bytes);
        int readable = seen.readableBytes();
        String start = seen.toString(seen.readerIndex(), Math.min(readable, 4), StandardCharsets.ISO_8859_1);
        if (!"GET ".startsWith(start.substring(0, Math.min(start.length(), 4)))) {
            pass(ctx); // not HTTP: Bolt's own handshake
            return;
        }
        if (readable < 4) {
            return; // wait for the first four bytes
        }
        String head = seen.toString(seen.readerIndex(), readable, StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (readable > MAX_HEADERS) {
                refuse(ctx, "431 Request Header Fields Too Large");
            }
            return;
        }
        String origin = header(head.substring(0, end), "origin");
        if (origin != null && !allowedOrigins.contains(origin.strip().toLowerCase(Locale.ROOT))) {
            refuse(ctx, "403 Forbidden");
            return;
        }
        pass(ctx);
    }

    private void pass(ChannelHandlerContext ctx) {
        ByteBuf all = seen;
        seen = Unpooled.EMPTY_BUFFER;
        ctx.pipeline().remove(this);
        ctx.fireChannelRead(all);
    }

    private void refuse(ChannelHandlerContext ctx, String status) {
        seen.release();
        seen = Unpooled.EMPTY_BUFFER;
        String body = "this Bolt server accepts WebSocket connections only from the origins in "
                + "saidgraph.bolt.websocket-origins\n";
        ByteBuf answer = Unpooled.copiedBuffer("HTTP/1.1 " + status + "\r\nContent-Type: text/plain\r\n"
                + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body,
                StandardCharsets.ISO_8859_1);
        ctx.writeAndFlush(answer).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        if (seen != Unpooled.EMPTY_BUFFER && seen.refCnt() > 0) {
            seen.release();
            seen = Unpooled.EMPTY_BUFFER;
        }
    }

    /** The value of a header (case-insensitive name) in an HTTP request head, or null. */
    static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }
}
