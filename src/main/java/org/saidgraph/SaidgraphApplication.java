package org.saidgraph;

import org.saidgraph.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the server when given no argument or nothing but Spring properties ({@code --server.port=9090}); anything else
 * is the command line ({@link Cli}), where an unknown command is an error and never starts the server.
 */
@SpringBootApplication
public class SaidgraphApplication {

    /**
     * With this set, the server starts, loads its datasets and then stops with exit code 0. The build uses it to
     * record the class-data archive (README, "Running"); it is also a quick check that a configuration starts.
     */
    static final String EXIT_AFTER_START = "saidgraph.exit-after-start";

    public static void main(String[] args) {
        if (!Cli.startsServer(args)) {
            System.exit(new Cli(System.out, System.err).run(args));
        }
        ConfigurableApplicationContext context = SpringApplication.run(SaidgraphApplication.class, args);
        // run() returns after every ApplicationRunner, so the datasets are loaded by now.
        if (context.getEnvironment().getProperty(EXIT_AFTER_START, Boolean.class, false)) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
