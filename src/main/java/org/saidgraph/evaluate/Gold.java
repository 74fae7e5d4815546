package org.saidgraph.evaluate;

import java.util.List;
import java.util.Map;

/**
 * A gold annotation of one article, whichever form it was read from: the names of the people, organizations and
 * territories the article names, the spellings that map to each canonical name, and the statements.
 */
public record Gold(List<String> people, List<String> organizations, List<String> territories,
                   Map<String, List<String>> nameVariants, List<GoldStatement> statements) {

    public Gold {
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        territories = List.copyOf(territories);
        nameVariants = Map.copyOf(nameVariants);
        statements = List.copyOf(statements);
    }
}
