package org.saidgraph.explorer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The explorer page's Content-Security-Policy: only the page's own scripts, styles and requests, no inline script or
 * style, no frames. The page is written for it (no inline handlers or style attributes, text set with textContent), and
 * the browser tests run under it, so a violation shows as a console error there. A response that already carries a
 * policy (the application's own security headers) keeps it.
 */
@Component
class ContentSecurityPolicyFilter extends OncePerRequestFilter {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    /** The policy matters on documents; only the explorer's page is one of ours (Swagger UI has its own needs). */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.equals("/") || path.equals("/index.html"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!response.containsHeader("Content-Security-Policy")) {
            response.setHeader("Content-Security-Policy", POLICY);
        }
        chain.doFilter(request, response);
    }
}
