package org.saidgraph.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * Extraction takes a core for up to half a minute per article, so at most saidgraph.http.extract-max-concurrent
 * {@code POST /api/extract} and {@code /api/ingest} requests run at once; more are refused at once with 429 and
 * {@code Retry-After}, instead of queueing until every request thread waits on the CPU.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ExtractionLimitFilter extends OncePerRequestFilter {

    /** Seconds a refused client is asked to wait: about one extraction of a long article. */
    static final int RETRY_AFTER_SECONDS = 30;

    private final Semaphore running;
    private final int max;

    ExtractionLimitFilter(HttpLimits limits) {
        this.max = limits.extractMaxConcurrent();
        this.running = new Semaphore(max);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !"POST".equals(request.getMethod()) || !(path.equals("/api/extract") || path.equals("/api/ingest"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!running.tryAcquire()) {
            response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            Problems.write(response, 429, "Too many extractions", max + " extractions are running already "
                    + "(saidgraph.http.extract-max-concurrent); try again when one has finished",
                    request.getRequestURI());
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            running.release();
        }
    }
}
