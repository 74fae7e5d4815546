package org.saidgraph.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;


/** Enforces {@link RequiresWriteToken}: reads are open, writes need the configured bearer token. */
@Component
@EnableConfigurationProperties(WriteToken.class)
class WriteTokenInterceptor implements HandlerInterceptor {

    private final String token;
    /**
     * Whether each handler method requires the token: looking for the annotation (Spring's merged-annotation scan)
     * on every request was a twentieth of a read request's CPU outside its query; the answer never changes.
     */
    private final Map<Method, Boolean> requiresToken = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    WriteTokenInterceptor(WriteToken token) {
        this.token = token.value();
    }

    /** For tests: a token given as it is. */
    WriteTokenInterceptor(String token) {
        this.token = token;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !requiresToken.computeIfAbsent(method.getMethod(),
                m -> method.hasMethodAnnotation(RequiresWriteToken.class))) {
            return true;
        }
        if (token.isBlank()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "writes over HTTP are disabled: set saidgraph.api.write-token to enable them");
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            response.setHeader("WWW-Authenticate", "Bearer");
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                    "this request changes the graph: send Authorization: Bearer <saidgraph.api.write-token>");
        }
        if (!WriteToken.matches(header.substring("Bearer ".length()).strip(), token)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "the bearer token is not the write token");
        }
        return true;
    }
}
