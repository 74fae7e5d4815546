package org.saidgraph;

import org.saidgraph.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Runs the server, or a command of the command line when the first argument names one. */
@SpringBootApplication
public class SaidgraphApplication {

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(new Cli(System.out, System.err).run(args));
        }
        SpringApplication.run(SaidgraphApplication.class, args);
    }
}
