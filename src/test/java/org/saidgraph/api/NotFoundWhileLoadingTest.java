package org.saidgraph.api;

import org.junit.jupiter.api.Test;
import org.saidgraph.load.StartupLoad;
import org.saidgraph.query.BadParameterException;
import org.saidgraph.query.NotFoundException;
import org.saidgraph.query.UnknownIdException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 404 given while the start-up datasets are still loading says so: the id may be in a dataset not yet loaded, and
 * "no territory with id 'crimea'" must not be read as final. Once they are loaded, or when nothing loads at start-up,
 * the 404 is the plain one. So is a 400 for a parameter naming an unknown id ("?speaker=elon-musk").
 */
class NotFoundWhileLoadingTest {

    private static ProblemDetail answer(Optional<StartupLoad> startup) {
        ResponseEntity<Object> response = new ProblemAdvice(startup)
                .notFound(new NotFoundException("territory", "crimea"));
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        return (ProblemDetail) response.getBody();
    }

    @Test
    void aNotFoundWhileTheDatasetsLoadSaysTheyAreStillLoading() {
        ProblemDetail problem = answer(Optional.of(() -> true));

        assertThat(problem.getDetail()).startsWith("no territory with id 'crimea'").contains("still loading");
        assertThat(problem.getProperties()).containsEntry("datasetsLoading", true);
    }

    @Test
    void aNotFoundOnceTheyAreLoadedIsThePlainOne() {
        ProblemDetail problem = answer(Optional.of(() -> false));

        assertThat(problem.getDetail()).isEqualTo("no territory with id 'crimea'");
        assertThat(problem.getProperties()).isNull();
    }

    @Test
    void aServerThatLoadsNothingAtStartGivesThePlainOne() {
        ProblemDetail problem = answer(Optional.empty());

        assertThat(problem.getDetail()).isEqualTo("no territory with id 'crimea'");
    }

    private static ProblemDetail badParameter(Optional<StartupLoad> startup, BadParameterException e) {
        ResponseEntity<Object> response = new ProblemAdvice(startup).badParameter(e);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        return (ProblemDetail) response.getBody();
    }

    @Test
    void anUnknownIdParameterWhileTheDatasetsLoadSaysTheyAreStillLoading() {
        ProblemDetail problem = badParameter(Optional.of(() -> true),
                new UnknownIdException("speaker", "no person, organization, territory or group with id 'elon-musk'"));

        assertThat(problem.getDetail()).startsWith("speaker: no person").contains("still loading");
        assertThat(problem.getProperties()).containsEntry("datasetsLoading", true).containsEntry("parameter",
                "speaker");
    }

    @Test
    void anOtherBadParameterWhileTheyLoadIsThePlainOne() {
        ProblemDetail problem = badParameter(Optional.of(() -> true),
                new BadParameterException("size", "must be between 1 and 200, but was -1"));

        assertThat(problem.getDetail()).isEqualTo("size: must be between 1 and 200, but was -1");
        assertThat(problem.getProperties()).doesNotContainKey("datasetsLoading");
    }

    @Test
    void anUnknownIdParameterOnceTheyAreLoadedIsThePlainOne() {
        ProblemDetail problem = badParameter(Optional.of(() -> false),
                new UnknownIdException("speaker", "no person, organization, territory or group with id 'nobody'"));

        assertThat(problem.getDetail()).doesNotContain("loading");
        assertThat(problem.getProperties()).doesNotContainKey("datasetsLoading");
    }
}
