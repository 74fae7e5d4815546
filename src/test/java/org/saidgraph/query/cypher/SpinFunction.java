package org.saidgraph.query.cypher;

import org.neo4j.procedure.Name;
import org.neo4j.procedure.UserFunction;

/**
 * A function that keeps one row busy for as long as it is told and ignores termination, as a backtracking regular
 * expression or a huge reduce() would. Named in a built-in namespace so that both checks let it through: it stands
 * for any work inside one row that the checks might miss.
 */
public class SpinFunction {

    @UserFunction("date.spinFor")
    public long spinFor(@Name("millis") long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        long spins = 0;
        while (System.nanoTime() < end) {
            spins++;
        }
        return spins;
    }
}
