package org.saidgraph.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * The error page the servlet container forwards to when something fails outside the controllers (a malformed chunked
 * body, a request refused by a filter with {@code sendError}), as problem+json like every other error, never
 * Spring's default JSON, and never the exception's message. {@code GET /error} asked for directly is a 404.
 */
@RestController
@Hidden
class ErrorPageController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<Object> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(code instanceof Integer status) || status < 400) {
            return ProblemAdvice.problem(HttpStatus.NOT_FOUND, "Not found", "nothing at /error; the endpoints are "
                    + "listed at /swagger-ui.html and /v3/api-docs", Map.of());
        }
        HttpStatus known = HttpStatus.resolve(status);
        String detail = switch (status) {
            case 400 -> "the request is malformed (such as a broken chunked body or an invalid header)";
            case 408 -> "the request body did not arrive in time";
            case 413 -> "the request body is larger than this endpoint accepts";
            default -> status >= 500 ? "the server failed to answer; the error is in its log"
                    : "the request was refused";
        };
        ResponseEntity<Object> answer = ProblemAdvice.problem(HttpStatusCode.valueOf(status),
                known == null ? "Error" : known.getReasonPhrase(), detail, Map.of());
        if (answer.getBody() instanceof org.springframework.http.ProblemDetail problem && uri instanceof String u) {
            problem.setInstance(java.net.URI.create(u.replaceAll("[^\\x21-\\x7e]", "")));
        }
        return answer;
    }
}
