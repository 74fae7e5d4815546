package org.saidgraph.dataset;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a dataset is rejected; carries every problem found, not just the first. */
public class InvalidDatasetException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidDatasetException(List<Problem> problems) {
        super(problems.size() + " problem(s):\n" + problems.stream().map(Problem::toString)
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
