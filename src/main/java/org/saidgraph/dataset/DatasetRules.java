package org.saidgraph.dataset;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a dataset that JSON Schema cannot express: ids unique, references resolving to the right kind of
 * thing, spans inside the text, verbatim statements equal to their span, and no relay cycles.
 */
final class DatasetRules {

    private static final Set<EntityType> SPEAKERS = EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.GROUP);
    private static final Set<EntityType> RELAYS = EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION);
    private static final Set<EntityType> MENTIONABLE = EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.TERRITORY);
    private static final Set<EntityType> ROLE_HOLDERS = EnumSet.of(EntityType.ORGANIZATION, EntityType.TERRITORY);
    private static final Set<EntityType> TERRITORIES = EnumSet.of(EntityType.TERRITORY);

    private final String source;
    private final Dataset dataset;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, EntityType> entityTypes = new HashMap<>();
    private final Map<String, Integer> statementIndex = new HashMap<>();

    private DatasetRules(String source, Dataset dataset) {
        this.source = source;
        this.dataset = dataset;
    }

    static List<Problem> check(String source, Dataset dataset) {
        DatasetRules rules = new DatasetRules(source, dataset);
        rules.indexIds();
        rules.checkEntities();
        rules.checkStatements();
        rules.checkNoCycles("reports", Statement::reports);
        return rules.problems;
    }

    private void indexIds() {
        Map<String, Integer> firstEntity = new HashMap<>();
        for (int i = 0; i < dataset.entities().size(); i++) {
            Entity entity = dataset.entities().get(i);
            Integer first = firstEntity.putIfAbsent(entity.id(), i);
            if (first != null) {
                problem("/entities/" + i + "/id", "duplicate entity id '" + entity.id() + "' (first at /entities/"
                        + first + ")");
            } else {
                entityTypes.put(entity.id(), entity.type());
            }
        }
        String prefix = dataset.article().id() + ".";
        for (int i = 0; i < dataset.statements().size(); i++) {
            Statement statement = dataset.statements().get(i);
            Integer first = statementIndex.putIfAbsent(statement.id(), i);
            if (first != null) {
                problem("/statements/" + i + "/id", "duplicate statement id '" + statement.id()
                        + "' (first at /statements/" + first + ")");
            }
            if (!statement.id().startsWith(prefix)) {
                problem("/statements/" + i + "/id", "statement id '" + statement.id()
                        + "' must start with the article id and a dot: '" + prefix + "'");
            }
        }
    }

    private void checkEntities() {
        for (int i = 0; i < dataset.entities().size(); i++) {
            Entity entity = dataset.entities().get(i);
            String at = "/entities/" + i;
            for (int r = 0; r < entity.roles().size(); r++) {
                entityRef(at + "/roles/" + r + "/of", entity.roles().get(r).of(), ROLE_HOLDERS,
                        "an organization or territory");
            }
            for (int p = 0; p < entity.partOf().size(); p++) {
                String parent = entity.partOf().get(p);
                if (parent.equals(entity.id())) {
                    problem(at + "/partOf/" + p, "a territory cannot be part of itself");
                } else {
                    entityRef(at + "/partOf/" + p, parent, TERRITORIES, "a territory");
                }
            }
            for (int c = 0; c < entity.annexationClaimedBy().size(); c++) {
                String by = entity.annexationClaimedBy().get(c).by();
                if (by.equals(entity.id())) {
                    problem(at + "/annexationClaimedBy/" + c + "/by", "a territory cannot annex itself");
                } else {
                    entityRef(at + "/annexationClaimedBy/" + c + "/by", by, TERRITORIES, "a territory");
                }
            }
        }
    }

    private void checkStatements() {
        String text = dataset.article().text();
        for (int i = 0; i < dataset.statements().size(); i++) {
            Statement statement = dataset.statements().get(i);
            String at = "/statements/" + i;
            checkSpan(at, statement, text);
            entityRef(at + "/speaker", statement.speaker(), SPEAKERS, "a person, organization or group");
            for (int r = 0; r < statement.reportedBy().size(); r++) {
                String relay = statement.reportedBy().get(r);
                if (relay.equals(statement.speaker())) {
                    problem(at + "/reportedBy/" + r, "'" + relay + "' is the speaker, so cannot also relay the words");
                } else {
                    entityRef(at + "/reportedBy/" + r, relay, RELAYS, "a person or organization");
                }
            }
            for (int a = 0; a < statement.addressedTo().size(); a++) {
                entityRef(at + "/addressedTo/" + a, statement.addressedTo().get(a), RELAYS,
                        "a person or organization");
            }
            statementRefs(at + "/reports", statement, statement.reports());
            statementRefs(at + "/respondsTo", statement, statement.respondsTo());
            statementRefs(at + "/denies", statement, statement.denies());
            Set<String> mentioned = new HashSet<>();
            for (int m = 0; m < statement.mentions().size(); m++) {
                Statement.Mention mention = statement.mentions().get(m);
                String mat = at + "/mentions/" + m;
                if (!mentioned.add(mention.entity())) {
                    problem(mat + "/entity", "'" + mention.entity() + "' is mentioned twice; give one mention");
                }
                EntityType type = entityRef(mat + "/entity", mention.entity(), MENTIONABLE,
                        "a person, organization or territory");
                if (mention.position() != null && type != null && type != EntityType.TERRITORY) {
                    problem(mat + "/position", "a position is a stance on a territory, but '" + mention.entity()
                            + "' is a " + type.json());
                }
            }
        }
    }

    private void checkSpan(String at, Statement statement, String text) {
        Statement.Span span = statement.span();
        if (span.end() > text.length()) {
            problem(at + "/span/end", "end " + span.end() + " is beyond the article text, which has "
                    + text.length() + " characters");
            return;
        }
        if (span.start() >= span.end()) {
            problem(at + "/span", "start " + span.start() + " must be before end " + span.end());
            return;
        }
        if (statement.verbatim()) {
            String evidence = text.substring(span.start(), span.end());
            if (!evidence.equals(statement.text())) {
                problem(at + "/text", "a verbatim statement must equal its span, but the span ["
                        + span.start() + ", " + span.end() + ") holds \"" + abbreviate(evidence) + "\"");
            }
        }
    }

    private EntityType entityRef(String at, String id, Set<EntityType> allowed, String expected) {
        EntityType type = entityTypes.get(id);
        if (type == null) {
            problem(at, "no entity with id '" + id + "' in this dataset");
            return null;
        }
        if (!allowed.contains(type)) {
            problem(at, "'" + id + "' is a " + type.json() + ", but " + expected + " is expected here");
        }
        return type;
    }

    private void statementRefs(String at, Statement from, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id.equals(from.id())) {
                problem(at + "/" + i, "a statement cannot refer to itself");
            } else if (!statementIndex.containsKey(id)) {
                problem(at + "/" + i, "no statement with id '" + id + "' in this dataset");
            }
        }
    }

    /** Depth-first search for a cycle along one kind of statement link; reports each cycle once. */
    private void checkNoCycles(String field, java.util.function.Function<Statement, List<String>> links) {
        Map<String, Statement> byId = new HashMap<>();
        dataset.statements().forEach(s -> byId.putIfAbsent(s.id(), s));
        Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        for (Statement start : dataset.statements()) {
            if (!state.containsKey(start.id())) {
                visit(start, byId, links, state, new ArrayList<>(), field);
            }
        }
    }

    private void visit(Statement statement, Map<String, Statement> byId,
                       java.util.function.Function<Statement, List<String>> links, Map<String, Integer> state,
                       List<String> path, String field) {
        state.put(statement.id(), 1);
        path.add(statement.id());
        for (String next : links.apply(statement)) {
            Integer seen = state.get(next);
            if (seen == null && byId.containsKey(next)) {
                visit(byId.get(next), byId, links, state, path, field);
            } else if (seen != null && seen == 1) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
                cycle.add(next);
                problem("/statements/" + statementIndex.get(statement.id()) + "/" + field,
                        field + " forms a cycle: " + String.join(" -> ", cycle));
            }
        }
        path.remove(path.size() - 1);
        state.put(statement.id(), 2);
    }

    private void problem(String pointer, String message) {
        problems.add(new Problem(source, pointer, message));
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
