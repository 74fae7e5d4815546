package org.saidgraph.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.saidgraph.load.StartupLoad;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * While the datasets the server loads as it starts are still loading, every API answer carries
 * {@code Saidgraph-Datasets-Loading: true}: a list, a count or a path found then may lack what they hold, and a
 * program (or the explorer, which says so on the page) can tell such an answer from a final one. A 404 says it in its
 * body as well ({@link ProblemAdvice}). The header is set before the request is handled, so it describes the state
 * the answer was computed in; once the load is done it is absent.
 */
@Component
class DatasetsLoadingHeader extends OncePerRequestFilter {

    static final String NAME = "Saidgraph-Datasets-Loading";

    private final Optional<StartupLoad> startup;

    DatasetsLoadingHeader(Optional<StartupLoad> startup) {
        this.startup = startup;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (startup.map(StartupLoad::loading).orElse(false)) {
            response.setHeader(NAME, "true");
        }
        chain.doFilter(request, response);
    }
}
