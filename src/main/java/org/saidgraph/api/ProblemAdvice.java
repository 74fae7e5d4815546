package org.saidgraph.api;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.saidgraph.dataset.InvalidDatasetException;
import org.saidgraph.load.StartupLoad;
import org.saidgraph.query.BadParameterException;
import org.saidgraph.query.NotFoundException;
import org.saidgraph.query.UnknownIdException;
import org.saidgraph.query.cypher.CypherRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every error as RFC 9457 {@code application/problem+json} with a {@code detail} that says what to change: 400
 * naming the bad parameter (also in the {@code parameter} property), 404 for an unknown id or path (saying so while
 * the start-up datasets still load), 413 for an oversized body, 422 for a dataset that fails validation (every
 * problem listed with its pointer) or a Cypher query that was stopped.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    /** What an unknown id's answer adds while the start-up datasets are still loading. */
    private static final String STILL_LOADING = "; the datasets are still loading as the server starts, so it may be "
            + "found once they are (GET /actuator/health is UP then)";

    /** The start-up load, absent when the server loads nothing as it starts. */
    private final Optional<StartupLoad> startup;

    ProblemAdvice(Optional<StartupLoad> startup) {
        this.startup = startup;
    }

    private boolean loading() {
        return startup.map(StartupLoad::loading).orElse(false);
    }

    /**
     * 404 for an unknown id. While the start-up datasets are still loading, the id may be in one of them: the detail
     * says so and {@code datasetsLoading} is true, so that "no territory with id 'crimea'" is not read as final.
     */
    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        if (loading()) {
            return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage() + STILL_LOADING,
                    Map.of("datasetsLoading", true));
        }
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), Map.of());
    }

    /**
     * 400 for a bad parameter. One naming an unknown id while the start-up datasets are still loading says so, as a
     * 404 does ({@link #notFound}): "?speaker=elon-musk" may name someone in a dataset not loaded yet.
     */
    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<Object> badParameter(BadParameterException e) {
        if (e instanceof UnknownIdException && loading()) {
            return problem(HttpStatus.BAD_REQUEST, "Bad parameter", e.getMessage() + STILL_LOADING,
                    Map.of("parameter", e.parameter(), "datasetsLoading", true));
        }
        return problem(HttpStatus.BAD_REQUEST, "Bad parameter", e.getMessage(), Map.of("parameter", e.parameter()));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> tooLarge(PayloadTooLargeException e) {
        // Not closing: Tomcat reads and drops the rest of the body (up to server.tomcat.max-swallow-size), so that the
        // client, still sending, gets this answer instead of a reset connection.
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large", e.getMessage(), Map.of());
    }

    /**
     * The answer with {@code Connection: close}: the rest of the body stopped arriving or cannot be parsed, so the
     * connection ends with the answer.
     */
    private static ResponseEntity<Object> closing(ResponseEntity<Object> answer) {
        return ResponseEntity.status(answer.getStatusCode()).header(HttpHeaders.CONNECTION, "close")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(answer.getBody());
    }

    @ExceptionHandler(InvalidDatasetException.class)
    ResponseEntity<Object> invalidDataset(InvalidDatasetException e) {
        boolean tooLarge = e.problems().size() == 1 && e.problems().get(0).message().contains("are accepted");
        if (tooLarge) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large", e.problems().get(0).message(),
                    Map.of());
        }
        List<Map<String, String>> problems = e.problems().stream().map(p -> Map.of("file", p.file(),
                "pointer", p.pointer(), "message", p.message())).toList();
        String detail = "the dataset was not loaded: " + e.problems().size() + " problem(s): "
                + String.join("; ", e.problems().stream().limit(5).map(p ->
                (p.pointer().isEmpty() ? "" : p.pointer() + ": ") + p.message()).toList())
                + (e.problems().size() > 5 ? "; …" : "");
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid dataset", detail, Map.of("problems", problems));
    }

    @ExceptionHandler(CypherRefusal.class)
    ResponseEntity<Object> refused(CypherRefusal e) {
        int status = RefusalStatus.of(e.reason());
        ResponseEntity<Object> answer = problem(HttpStatusCode.valueOf(status), e.reason().title(), e.getMessage(),
                Map.of("reason", e.reason().name()));
        return status == 429 || status == 503 ? retryLater(answer) : answer;
    }

    /** The database is unreachable or busy past the driver's retries: 503, worth retrying. */
    @ExceptionHandler({ServiceUnavailableException.class, SessionExpiredException.class, TransientException.class})
    ResponseEntity<Object> unavailable(Neo4jException e) {
        log.warn("Database unavailable: {}", e.code() == null ? e.getClass().getSimpleName() : e.code());
        return retryLater(problem(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable", "the database is "
                + "unavailable or busy; try again shortly", Map.of()));
    }

    private static ResponseEntity<Object> retryLater(ResponseEntity<Object> answer) {
        return ResponseEntity.status(answer.getStatusCode()).header(HttpHeaders.RETRY_AFTER, "10")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(answer.getBody());
    }

    /** A request body that could not be read to its end: cut off, malformed chunking, or too slow. */
    @ExceptionHandler(java.io.UncheckedIOException.class)
    ResponseEntity<Object> unreadableBody(java.io.UncheckedIOException e) {
        return unreadable(e.getCause());
    }

    static ResponseEntity<Object> unreadable(Throwable cause) {
        if (cause instanceof java.net.SocketTimeoutException) {
            return closing(problem(HttpStatus.REQUEST_TIMEOUT, "Request timeout", "the request body did not arrive "
                    + "in time (server.tomcat.connection-timeout)", Map.of()));
        }
        return closing(problem(HttpStatus.BAD_REQUEST, "Unreadable request body", "the request body could not be "
                + "read to its end (cut off, or a malformed chunked encoding)", Map.of()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : switch (e.getRequiredType().getSimpleName()) {
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            case "LocalDate" -> "an ISO date (YYYY-MM-DD, such as 2022-10-03)";
            default -> "a " + e.getRequiredType().getSimpleName();
        };
        return problem(HttpStatus.BAD_REQUEST, "Bad parameter", e.getName() + ": must be " + expected + ", but was '"
                + e.getValue() + "'", Map.of("parameter", e.getName()));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        if (ex instanceof MethodArgumentTypeMismatchException m) {
            return typeMismatch(m);
        }
        return super.handleTypeMismatch(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Missing parameter", ex.getParameterName() + ": is required",
                Map.of("parameter", ex.getParameterName()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<String> messages = ex.getParameterValidationResults().stream().flatMap(r -> r.getResolvableErrors()
                .stream().map(err -> r.getMethodParameter().getParameterName() + ": " + err.getDefaultMessage()))
                .toList();
        String parameter = ex.getParameterValidationResults().isEmpty() ? ""
                : ex.getParameterValidationResults().get(0).getMethodParameter().getParameterName();
        return problem(HttpStatus.BAD_REQUEST, "Bad parameter", String.join("; ", messages),
                Map.of("parameter", parameter == null ? "" : parameter));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        PayloadTooLargeException tooLarge = cause(ex, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return tooLarge(tooLarge);
        }
        java.io.IOException io = cause(ex, java.io.IOException.class);
        if (io != null && !(io instanceof com.fasterxml.jackson.core.JsonProcessingException)) {
            return unreadable(io);
        }
        String cause = ex.getMostSpecificCause().getMessage();
        return problem(HttpStatus.BAD_REQUEST, "Unreadable request body", "the request body is not valid JSON "
                + "of the expected shape: " + firstLine(cause), Map.of());
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "nothing at /" + ex.getResourcePath()
                + "; the endpoints are listed at /swagger-ui.html and /v3/api-docs", Map.of());
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Object> unexpected(RuntimeException e) {
        PayloadTooLargeException tooLarge = cause(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return tooLarge(tooLarge);
        }
        log.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "the server failed to answer; the error is in its log", Map.of());
    }

    static ResponseEntity<Object> problem(HttpStatusCode status, String title, String detail,
                                          Map<String, ?> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The first exception of this type in the cause chain, or null. */
    static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
