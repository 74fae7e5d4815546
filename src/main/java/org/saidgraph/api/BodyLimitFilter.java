package org.saidgraph.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.query.cypher.CypherLimits;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Every request body is limited in bytes as it streams in, before any controller or message converter sees it: a
 * declared {@code Content-Length} over the endpoint's limit is refused with 413 at once, and a body that grows past
 * it (chunked, or longer than declared) fails the read with {@link PayloadTooLargeException}, so that a 1 GiB upload
 * costs no more memory than the limit. The limits: 16 MiB for {@code POST /api/articles}, saidgraph.cypher.max-body
 * for {@code /api/cypher}, saidgraph.http.extract-max-body for {@code /api/extract} and {@code /api/ingest}, and
 * saidgraph.http.other-max-body for anything else.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodyLimitFilter extends OncePerRequestFilter {

    private final HttpLimits http;
    private final CypherLimits cypher;

    BodyLimitFilter(HttpLimits http, CypherLimits cypher) {
        this.http = http;
        this.cypher = cypher;
    }

    long limit(String path) {
        if (path.equals("/api/articles")) {
            return DatasetReader.MAX_BYTES;
        }
        if (path.equals("/api/cypher")) {
            return cypher.maxBody().toBytes();
        }
        if (path.equals("/api/extract") || path.equals("/api/ingest")) {
            return http.extractMaxBody().toBytes();
        }
        return http.otherMaxBody().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        long limit = limit(path);
        String what = "the request body";
        if (request.getContentLengthLong() > limit) {
            response.setHeader("Connection", "close");
            Problems.write(response, 413, "Request body too large", new PayloadTooLargeException(what, limit)
                    .getMessage(), path);
            return;
        }
        chain.doFilter(new Limited(request, limit, what), response);
    }

    /** The request with its body stream counted against the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private final String what;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit, String what) {
            super(request);
            this.limit = limit;
            this.what = what;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit, what);
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private final String what;
        private long count;

        Counting(ServletInputStream in, long limit, String what) {
            this.in = in;
            this.limit = limit;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                throw new PayloadTooLargeException(what, limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
