package org.saidgraph.api;

import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.UserFunction;

import java.util.Map;
import java.util.stream.Stream;

/**
 * Stand-ins for APOC's Cypher-running function and procedure, installed on the permissive external server: with
 * them the server plans {@code apoc.cypher.*} calls as ordinary read-only operators, so only the application's own
 * checks (text and plan) stand between a query and them. They only echo their argument.
 */
public class FakeApoc {

    @UserFunction("apoc.cypher.runFirstColumnSingle")
    @Description("stands in for APOC's: would run the Cypher it is given")
    public Object runFirstColumnSingle(@Name("cypher") String cypher, @Name("params") Map<String, Object> params) {
        return "would have run: " + cypher;
    }

    /** One output row. */
    public static class Row {
        public Map<String, Object> value;

        public Row(Map<String, Object> value) {
            this.value = value;
        }
    }

    @Procedure(name = "apoc.cypher.run", mode = Mode.READ)
    @Description("stands in for APOC's: would run the Cypher it is given")
    public Stream<Row> run(@Name("cypher") String cypher, @Name("params") Map<String, Object> params) {
        return Stream.of(new Row(Map.of("wouldHaveRun", cypher)));
    }
}
