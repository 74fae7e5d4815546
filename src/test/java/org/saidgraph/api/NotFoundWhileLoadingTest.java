package org.saidgraph.api;

import org.junit.jupiter.api.Test;
import org.saidgraph.load.StartupLoad;
import org.saidgraph.query.NotFoundException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 404 given while the start-up datasets are still loading says so: the id may be in a dataset not yet loaded, and
 * "no territory with id 'crimea'" must not be read as final. Once they are loaded, or when nothing loads at start-up,
 * the 404 is the plain one.
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
}
