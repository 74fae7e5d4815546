package org.saidgraph.query.cypher;

import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.driver.types.TypeSystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan layer of {@link ReadOnlyCypher}: what the database itself says the query will do, from
 * {@code EXPLAIN} (which executes nothing). A query is refused unless the database classifies it READ_ONLY, and
 * its plan is walked: write, LOAD CSV, administration and call-in-transactions operators, anything planned on the
 * system database, procedure calls outside the allowlist, and namespaced function calls outside Cypher's built-in
 * namespaces in any operator's arguments are refused. Checking functions here too means that on a server with
 * APOC, {@code apoc.cypher.run*} cannot hide a query from this check however its name was spelled in the text.
 */
public final class PlanCheck {

    /** Operators a read-only plan must not contain (by name prefix, before any {@code @database} suffix). */
    private static final List<String> REFUSED_OPERATORS = List.of("LoadCSV", "Create", "Merge", "Set", "Remove",
            "Delete", "DetachDelete", "Foreach", "TransactionApply", "TransactionForeach", "Show", "Terminate",
            "Drop", "Alter", "Grant", "Deny", "Revoke", "Rename", "Start", "Stop", "Enable", "Assert",
            "SystemProcedureCall", "LockNodes");

    /** A namespaced name followed by an opening parenthesis: a function or procedure call in an operator's text. */
    private static final Pattern CALL = Pattern.compile(
            "(?<![\\w.$`])([\\p{L}_][\\w]*(?:\\.[\\p{L}_][\\w]*)+)\\s*\\(");

    private PlanCheck() {
    }

    /** Why the plan of this query is refused; empty when it is read-only in the full sense. */
    public static List<Finding> check(ResultSummary summary) {
        QueryType type = summary.queryType();
        if (type != QueryType.READ_ONLY) {
            return List.of(new Finding(CypherRefusal.Reason.NOT_READ_ONLY, "the database classifies this query as "
                    + (type == null ? "unknown" : type.name()) + ": it would change the graph or its schema"));
        }
        if (!summary.hasPlan()) {
            return List.of(new Finding(CypherRefusal.Reason.NOT_READ_ONLY, "the database gave no plan for this "
                    + "query, so it cannot be checked to be read-only"));
        }
        List<Finding> findings = new ArrayList<>();
        walk(summary.plan(), findings);
        return findings.stream().distinct().toList();
    }

    private static void walk(Plan plan, List<Finding> findings) {
        String operator = plan.operatorType();
        String name = operator.contains("@") ? operator.substring(0, operator.indexOf('@')) : operator;
        if (operator.endsWith("@system")) {
            refuse(findings, "the query addresses the system database");
        }
        for (String refused : REFUSED_OPERATORS) {
            if (name.startsWith(refused)) {
                refuse(findings, "its plan contains " + name + ", which is not read-only");
            }
        }
        if (name.contains("ProcedureCall")) {
            String text = text(plan.arguments().get("Details"));
            String procedure = text.contains("(") ? text.substring(0, text.indexOf('(')).strip() : text.strip();
            if (!TextCheck.PROCEDURES.contains(procedure.toLowerCase(Locale.ROOT))) {
                refuse(findings, "procedure " + (procedure.isEmpty() ? "(unnamed)" : procedure) + " is refused; "
                        + "allowed: " + TextCheck.allowedProcedures());
            }
        }
        for (Value argument : plan.arguments().values()) {
            Matcher call = CALL.matcher(text(argument));
            while (call.find()) {
                String function = call.group(1);
                if (!TextCheck.allowedFunction(function)) {
                    refuse(findings, "its plan calls " + function + ", which is not a built-in function");
                }
            }
        }
        for (Plan child : plan.children()) {
            walk(child, findings);
        }
    }

    /** An argument's text: strings as they are, lists joined; numbers and the like have no calls in them. */
    private static String text(Value value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.hasType(TypeSystem.getDefault().STRING())) {
            return value.asString();
        }
        if (value.hasType(TypeSystem.getDefault().LIST())) {
            return String.join(" ", value.asList(PlanCheck::text));
        }
        return "";
    }

    private static void refuse(List<Finding> findings, String message) {
        findings.add(new Finding(CypherRefusal.Reason.NOT_READ_ONLY, message));
    }
}
