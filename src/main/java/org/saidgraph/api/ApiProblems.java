package org.saidgraph.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ProblemDetail;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Documents the problem responses every read endpoint can give: 400 for a bad parameter, 404 for an unknown id. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "200", description = "The answer; the example is a real answer on the seed")
@ApiResponse(responseCode = "400",
        description = "A parameter is missing or bad, or not one the endpoint takes; `parameter` names it. For an "
                + "unknown id while the start-up datasets are still loading, `datasetsLoading` is true and `detail` "
                + "says so",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class),
                examples = @ExampleObject(value = """
                        {"type":"about:blank","title":"Bad parameter","status":400,
                         "detail":"size: must be between 1 and 200, but was -1","instance":"/api/search","parameter":"size"}""")))
@ApiResponse(responseCode = "404", description = "No such id; while the start-up datasets are still loading, "
        + "`datasetsLoading` is true and `detail` says so",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class),
                examples = @ExampleObject(value = """
                        {"type":"about:blank","title":"Not found","status":404,
                         "detail":"no person with id 'nobody'","instance":"/api/people/nobody"}""")))
@interface ApiProblems {
}
