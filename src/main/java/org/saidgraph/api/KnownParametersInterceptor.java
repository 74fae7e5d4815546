package org.saidgraph.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.saidgraph.query.BadParameterException;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses a query parameter the endpoint does not take, with a 400 that names it and lists the ones it does take.
 * Ignored, "?limit=5" on an endpoint that pages with {@code size}, or "?speakers=…" for {@code speaker}, would give
 * an answer of another size, or an unfiltered one, that a researcher reads as the one asked for. The parameters an
 * endpoint takes are its handler method's {@code @RequestParam}s, the same declarations the OpenAPI description is
 * made from, so the two cannot disagree.
 */
@Component
class KnownParametersInterceptor implements HandlerInterceptor {

    /** Stands for a handler that reads parameters in a way not declared one by one (a map of them, say). */
    private static final Set<String> ANY = Set.of("\0any");

    private final Map<Method, Set<String>> taken = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty() || !(handler instanceof HandlerMethod method)
                || !method.getBeanType().getPackageName().equals(KnownParametersInterceptor.class.getPackageName())) {
            return true;
        }
        Set<String> names = taken.computeIfAbsent(method.getMethod(), m -> declared(method));
        if (names == ANY) {
            return true;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = decoded(pair.split("=", 2)[0]);
            if (name != null && !names.contains(name)) {
                Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
                String endpoint = request.getMethod() + " " + (pattern == null ? request.getRequestURI() : pattern);
                throw new BadParameterException(name, "not a parameter of " + endpoint + "; "
                        + (names.isEmpty() ? "it takes none" : "it takes " + String.join(", ", names)));
            }
        }
        return true;
    }

    /** The query parameters a handler method declares, sorted; {@link #ANY} if it may read others too. */
    private static Set<String> declared(HandlerMethod method) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter p : method.getMethodParameters()) {
            p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            RequestParam param = p.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                if (Map.class.isAssignableFrom(p.getParameterType())) {
                    return ANY;
                }
                names.add(param.name().isEmpty() ? p.getParameterName() : param.name());
            } else if (!bound(p) && (BeanUtils.isSimpleProperty(p.getParameterType())
                    || HttpServletRequest.class.isAssignableFrom(p.getParameterType()))) {
                // Spring binds an unannotated simple parameter to the query parameter of its name, and a handler
                // that takes the request may read any.
                return ANY;
            }
        }
        return names;
    }

    /** Whether Spring binds the parameter from somewhere other than the query (path, body, headers). */
    private static boolean bound(MethodParameter p) {
        for (Annotation a : p.getParameterAnnotations()) {
            if (a.annotationType().getPackageName().equals(RequestParam.class.getPackageName())) {
                return true;
            }
        }
        return false;
    }

    /** A parameter name as the servlet container decodes it; null if it cannot be decoded (Tomcat answers that). */
    private static String decoded(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
