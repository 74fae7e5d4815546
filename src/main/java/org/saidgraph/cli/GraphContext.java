package org.saidgraph.cli;

import org.saidgraph.SaidgraphApplication;
import org.saidgraph.graph.EmbeddedStartFailures;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.util.Optional;

/** The application without its web server and without loading saidgraph.datasets: for commands that write. */
final class GraphContext {

    private GraphContext() {
    }

    /**
     * Starts it, or says on {@code err} why it could not when the data directory or the Bolt port is in use by
     * another process (then empty; {@link EmbeddedStartFailures}). {@code nothingDone} begins that message, e.g.
     * "Nothing loaded". Any other failure is thrown.
     */
    static Optional<ConfigurableApplicationContext> start(String[] springArgs, PrintStream err, String nothingDone) {
        try {
            return Optional.of(new SpringApplicationBuilder(SaidgraphApplication.class)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .properties("saidgraph.load-at-start=false", "spring.main.banner-mode=off")
                    .run(springArgs));
        } catch (RuntimeException e) {
            err.println(nothingDone + ": " + EmbeddedStartFailures.explain(e).orElseThrow(() -> e));
            return Optional.empty();
        }
    }
}
