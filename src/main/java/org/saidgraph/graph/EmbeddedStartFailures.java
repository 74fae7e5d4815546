package org.saidgraph.graph;

import org.neo4j.configuration.helpers.PortBindException;
import org.neo4j.io.locker.FileLockException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

import java.util.Optional;

/**
 * Explains the two common reasons the embedded database does not start, in words instead of a page of stack trace:
 * its data directory is held by another process (a running server, or a {@code load} still going), or its Bolt port
 * is taken. Registered in {@code META-INF/spring.factories} for the server; the command line asks
 * {@link #explain(Throwable)} itself.
 */
public class EmbeddedStartFailures implements FailureAnalyzer {

    /** What to tell the user about {@code failure}; empty when it is neither of the two. */
    public static Optional<String> explain(Throwable failure) {
        return Optional.ofNullable(analysis(failure)).map(a -> a.getDescription() + " " + a.getAction());
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        return analysis(failure);
    }

    private static FailureAnalysis analysis(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileLockException locked) {
                return new FailureAnalysis(
                        "The embedded database is in use by another process. Neo4j says: " + locked.getMessage(),
                        "Stop the other process, or give this one a data directory of its own with "
                                + "--saidgraph.data-dir=DIR. To add datasets to a running server, POST them to its "
                                + "/api/articles (README, \"The HTTP API\").",
                        locked);
            }
            if (cause instanceof PortBindException taken) {
                return new FailureAnalysis(
                        "The embedded database's Bolt port is taken: " + taken.getMessage() + " ("
                                + rootMessage(taken) + ").",
                        "Stop what listens there (another saidgraph or Neo4j?), or choose another port with "
                                + "--saidgraph.bolt.port=PORT (0 picks a free one and logs it).",
                        taken);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
