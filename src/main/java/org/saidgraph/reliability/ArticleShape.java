package org.saidgraph.reliability;

import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One article as the graph must hold it, in the words of {@code cypher/reliability/article-census.cypher}: its text,
 * each statement with its speaker and span, the entities it names, and each relationship its statements have to
 * statements and entities. Built from a dataset ({@link #of}) it is what a complete load leaves; read from the graph
 * ({@link #read}) it is what is there. Lists are sorted, so equal shapes mean the same content, duplicates included.
 */
record ArticleShape(String id, String text, List<String> statements, List<String> names, List<String> links) {

    /** The relationship types a dataset gives its statements, besides SAID and SOURCED_FROM. */
    static final List<String> LINK_TYPES = List.of("REPORTS", "RESPONDS_TO", "DENIES", "REPORTED_BY", "ADDRESSED_TO",
            "MENTIONS");

    ArticleShape {
        statements = sorted(statements);
        names = sorted(names);
        links = sorted(links);
    }

    static ArticleShape of(Dataset dataset) {
        List<String> statements = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (Statement s : dataset.statements()) {
            statements.add(s.id() + " said by " + s.speaker() + " at [" + s.span().start() + ", " + s.span().end()
                    + "): " + s.text());
            s.reports().forEach(to -> links.add(s.id() + " REPORTS " + to));
            s.respondsTo().forEach(to -> links.add(s.id() + " RESPONDS_TO " + to));
            s.denies().forEach(to -> links.add(s.id() + " DENIES " + to));
            for (int hop = 0; hop < s.reportedBy().size(); hop++) {
                links.add(s.id() + " REPORTED_BY hop " + (hop + 1) + " " + s.reportedBy().get(hop));
            }
            s.addressedTo().forEach(to -> links.add(s.id() + " ADDRESSED_TO " + to));
            s.mentions().forEach(m -> links.add(s.id() + " MENTIONS"
                    + (m.position() == null ? "" : " position " + m.position()) + " " + m.entity()));
        }
        return new ArticleShape(dataset.article().id(), dataset.article().text(), statements,
                dataset.entities().stream().map(e -> e.id()).toList(), links);
    }

    /** A row of article-census.cypher whose article is present. */
    @SuppressWarnings("unchecked")
    static ArticleShape read(Map<String, Object> row) {
        return new ArticleShape((String) row.get("id"), (String) row.get("text"),
                (List<String>) row.get("statements"), (List<String>) row.get("names"), (List<String>) row.get("links"));
    }

    /** How {@code actual} differs from this, the expected shape, in one line; null when they are equal. */
    String difference(ArticleShape actual) {
        if (!text.equals(actual.text)) {
            return "its text differs";
        }
        String statementDifference = difference("statements", statements, actual.statements);
        if (statementDifference != null) {
            return statementDifference;
        }
        String namesDifference = difference("named entities", names, actual.names);
        return namesDifference != null ? namesDifference : difference("relationships", links, actual.links);
    }

    private static String difference(String what, List<String> expected, List<String> actual) {
        if (expected.equals(actual)) {
            return null;
        }
        List<String> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<String> extra = new ArrayList<>(actual);
        expected.forEach(extra::remove);
        return what + ": " + actual.size() + " of " + expected.size() + (missing.isEmpty() ? ""
                : ", missing " + abbreviate(missing)) + (extra.isEmpty() ? "" : ", not in the dataset " + abbreviate(extra));
    }

    private static String abbreviate(List<String> items) {
        String first = items.get(0);
        return (first.length() > 120 ? first.substring(0, 120) + "…" : first)
                + (items.size() > 1 ? " and " + (items.size() - 1) + " more" : "");
    }

    private static List<String> sorted(List<String> items) {
        List<String> copy = new ArrayList<>(items == null ? List.of() : items);
        copy.sort(null);
        return List.copyOf(copy);
    }
}
