package org.saidgraph.query;

import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.saidgraph.graph.Cypher;
import org.saidgraph.graph.Graph;
import org.saidgraph.query.cypher.CypherRefusal;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The shortest connections between two entities, through who said what to and about whom. */
@Service
public class PathQueries {

    public static final int MAX_HOPS = 10;
    public static final int DEFAULT_HOPS = 6;
    /** allShortestPaths can find very many equally short paths; at most this many are read. */
    private static final int MAX_PATHS = 1000;

    private static final TransactionConfig TIMEOUT = TransactionConfig.builder()
            .withTimeout(java.time.Duration.ofSeconds(10)).build();

    private final Graph graph;
    private final StatementCards cards;
    private final EntityQueries entities;

    public PathQueries(Graph graph, StatementCards cards, EntityQueries entities) {
        this.graph = graph;
        this.cards = cards;
        this.entities = entities;
    }

    public Page<PathView> paths(String from, String to, Integer maxHops, Page.Request page) {
        if (from == null || from.isBlank()) {
            throw new BadParameterException("from", "is required: the id of a person, organization, territory or group");
        }
        if (to == null || to.isBlank()) {
            throw new BadParameterException("to", "is required: the id of a person, organization, territory or group");
        }
        int hops = maxHops == null ? DEFAULT_HOPS : maxHops;
        if (hops < 1 || hops > MAX_HOPS) {
            throw new BadParameterException("maxHops", "must be between 1 and " + MAX_HOPS + ", but was " + hops);
        }
        if (from.equals(to)) {
            throw new BadParameterException("to", "must differ from 'from'");
        }
        entities.requireExists("from", from);
        entities.requireExists("to", to);
        List<Record> rows;
        try (Session session = graph.readSession()) {
            rows = session.executeRead(tx -> tx.run(Cypher.query("query/paths"),
                    Map.of("from", from, "to", to, "maxHops", hops, "limit", MAX_PATHS)).list(), TIMEOUT);
        } catch (Neo4jException e) {
            if (e.code() != null && e.code().contains("TransactionTimedOut")) {
                throw new CypherRefusal(CypherRefusal.Reason.TIMED_OUT, "finding the paths took longer than "
                        + TIMEOUT.timeout().toSeconds() + " s; give a smaller maxHops");
            }
            throw e;
        }
        long skip = page.skip();
        List<Record> slice = rows.stream().skip(skip).limit(page.size()).toList();
        Set<String> statementIds = new LinkedHashSet<>();
        List<List<PathView.Step>> stepsPerPath = new ArrayList<>();
        for (Record r : slice) {
            List<PathView.Step> steps = steps(r.get("nodes"), r.get("relationships"));
            steps.forEach(s -> {
                if ("statement".equals(s.from().type())) {
                    statementIds.add(s.from().id());
                }
                if ("statement".equals(s.to().type())) {
                    statementIds.add(s.to().id());
                }
            });
            stepsPerPath.add(steps);
        }
        Map<String, StatementView> views = cards.byIdMap(statementIds);
        List<PathView> paths = stepsPerPath.stream().map(steps -> new PathView(steps.size(), explain(steps), steps,
                steps.stream().flatMap(s -> java.util.stream.Stream.of(s.from(), s.to()))
                        .filter(i -> "statement".equals(i.type())).map(PathView.Item::id).distinct()
                        .map(views::get).toList())).toList();
        return new Page<>(paths, page.page(), page.size(), rows.size());
    }

    private static List<PathView.Step> steps(Value nodes, Value relationships) {
        List<PathView.Item> items = nodes.asList(n -> {
            List<String> labels = n.get("labels").asList(Value::asString);
            String type = labels.stream().filter(l -> !l.equals("Entity")).findFirst().orElse("node")
                    .toLowerCase(Locale.ROOT);
            return new PathView.Item(Rows.string(n, "id"), type, Rows.string(n, "name"), Rows.string(n, "text"));
        });
        List<PathView.Step> steps = new ArrayList<>();
        List<Value> rels = relationships.asList(v -> v);
        for (int i = 0; i < rels.size(); i++) {
            Value rel = rels.get(i);
            PathView.Item a = items.get(i);
            PathView.Item b = items.get(i + 1);
            boolean forward = rel.get("from").asString().equals(a.id());
            String type = rel.get("type").asString();
            steps.add(new PathView.Step(a, type, forward, b, words(type, forward, a, b, rel.get("properties"))));
        }
        return steps;
    }

    /** One step in words, from {@code a} to {@code b}; {@code forward} when the relationship points from a to b. */
    static String words(String type, boolean forward, PathView.Item a, PathView.Item b, Value props) {
        String x = a.words();
        String y = b.words();
        return switch (type) {
            case "SAID" -> forward ? x + " said " + y : x + " was said by " + y;
            case "RESPONDS_TO" -> forward ? x + " replies to " + y : x + " drew the reply " + y;
            case "DENIES" -> forward ? x + " denies " + y : x + " is denied by " + y;
            case "REPORTS" -> forward ? x + " relays " + y : x + " is relayed in " + y;
            case "REPORTED_BY" -> forward ? x + " reached us through " + y : x + " passed on " + y;
            case "ADDRESSED_TO" -> forward ? x + " is addressed to " + y : x + " is addressed by " + y;
            case "MENTIONS" -> {
                String position = props.get("position").isNull() ? ""
                        : " (position: " + props.get("position").asString() + ")";
                yield forward ? x + " mentions " + y + position : x + " is mentioned in " + y + position;
            }
            case "HOLDS_ROLE" -> {
                String title = props.get("title").asString("role holder");
                yield forward ? x + " is " + title + " of " + y : x + " has as " + title + " " + y;
            }
            case "PART_OF" -> forward ? x + " is part of " + y : x + " includes " + y;
            case "ANNEXATION_CLAIMED_BY" -> {
                String year = props.get("year").isNull() ? "" : " in " + props.get("year").asInt();
                String recognised = props.get("recognised").asBoolean(false) ? "" : ", not recognised";
                yield forward ? x + " was claimed as annexed by " + y + year + recognised
                        : x + " claims to have annexed " + y + year + recognised;
            }
            default -> x + " " + type + (forward ? " → " : " ← ") + y;
        };
    }

    /** The whole path as one sentence: "Gitanas Nausėda said “…”, which replies to “…”, which was said by Elon Musk". */
    static String explain(List<PathView.Step> steps) {
        if (steps.isEmpty()) {
            return "";
        }
        StringBuilder sentence = new StringBuilder(steps.get(0).words());
        for (int i = 1; i < steps.size(); i++) {
            PathView.Step step = steps.get(i);
            String words = step.words();
            String subject = step.from().words();
            sentence.append(", which").append(words.substring(Math.min(words.length(), subject.length())));
        }
        return sentence.toString();
    }
}
