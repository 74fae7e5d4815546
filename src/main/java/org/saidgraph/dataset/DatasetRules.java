package org.saidgraph.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a dataset that JSON Schema cannot express: ids unique, references resolving to the right kind of
 * thing, spans inside the text, verbatim statements equal to their span, and no relay cycles.
 * <p>
 * They read the document itself, not the records, so that they run beside the schema even on a document the schema
 * refuses: every problem is reported at once. Where a schema problem leaves a value unusable (a speaker that is a
 * number, a span without its end), the rule that needs that value is skipped for that item only; the schema problem
 * already says what to fix there.
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
    private final JsonNode dataset;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, EntityType> entityTypes = new HashMap<>();
    /** Statement id to its index, for the statements whose id is a string. */
    private final Map<String, Integer> statementIndex = new LinkedHashMap<>();

    private DatasetRules(String source, JsonNode dataset) {
        this.source = source;
        this.dataset = dataset;
    }

    static List<Problem> check(String source, JsonNode dataset) {
        DatasetRules rules = new DatasetRules(source, dataset);
        rules.indexIds();
        rules.checkEntities();
        rules.checkStatements();
        rules.checkNoCycles("reports");
        return rules.problems;
    }

    private void indexIds() {
        Map<String, Integer> firstEntity = new HashMap<>();
        JsonNode entities = array(dataset.path("entities"));
        for (int i = 0; i < entities.size(); i++) {
            JsonNode entity = entities.get(i);
            String id = text(entity, "id");
            if (id == null) {
                continue;
            }
            Integer first = firstEntity.putIfAbsent(id, i);
            if (first != null) {
                problem("/entities/" + i + "/id", "duplicate entity id '" + id + "' (first at /entities/"
                        + first + ")");
            } else {
                EntityType type = type(entity);
                if (type != null) {
                    entityTypes.put(id, type);
                }
            }
        }
        String articleId = text(dataset.path("article"), "id");
        JsonNode statements = array(dataset.path("statements"));
        for (int i = 0; i < statements.size(); i++) {
            String id = text(statements.get(i), "id");
            if (id == null) {
                continue;
            }
            Integer first = statementIndex.putIfAbsent(id, i);
            if (first != null) {
                problem("/statements/" + i + "/id", "duplicate statement id '" + id + "' (first at /statements/"
                        + first + ")");
            }
            if (articleId != null && !id.startsWith(articleId + ".")) {
                problem("/statements/" + i + "/id", "statement id '" + id
                        + "' must start with the article id and a dot: '" + articleId + ".'");
            }
        }
    }

    private void checkEntities() {
        JsonNode entities = array(dataset.path("entities"));
        for (int i = 0; i < entities.size(); i++) {
            JsonNode entity = entities.get(i);
            String at = "/entities/" + i;
            String id = text(entity, "id");
            // An article-scoped entity ("officials" known only by that noun) belongs to this article alone: its id
            // must name this article, or it would merge with another article's entity of the same id.
            String articleId = text(dataset.path("article"), "id");
            if (id != null && id.contains(".") && articleId != null && !id.startsWith(articleId + ".")) {
                problem(at + "/id", "entity id '" + id + "' has a dot, so it must start with the article id and a dot: '"
                        + articleId + ".'");
            }
            JsonNode roles = array(entity.path("roles"));
            for (int r = 0; r < roles.size(); r++) {
                entityRef(at + "/roles/" + r + "/of", text(roles.get(r), "of"), ROLE_HOLDERS,
                        "an organization or territory");
            }
            JsonNode partOf = array(entity.path("partOf"));
            for (int p = 0; p < partOf.size(); p++) {
                String parent = partOf.get(p).isTextual() ? partOf.get(p).asText() : null;
                if (parent != null && parent.equals(id)) {
                    problem(at + "/partOf/" + p, "a territory cannot be part of itself");
                } else {
                    entityRef(at + "/partOf/" + p, parent, TERRITORIES, "a territory");
                }
            }
            JsonNode claims = array(entity.path("annexationClaimedBy"));
            for (int c = 0; c < claims.size(); c++) {
                String by = text(claims.get(c), "by");
                if (by != null && by.equals(id)) {
                    problem(at + "/annexationClaimedBy/" + c + "/by", "a territory cannot annex itself");
                } else {
                    entityRef(at + "/annexationClaimedBy/" + c + "/by", by, TERRITORIES, "a territory");
                }
            }
        }
    }

    private void checkStatements() {
        String text = text(dataset.path("article"), "text");
        JsonNode statements = array(dataset.path("statements"));
        for (int i = 0; i < statements.size(); i++) {
            JsonNode statement = statements.get(i);
            String at = "/statements/" + i;
            String id = text(statement, "id");
            String speaker = text(statement, "speaker");
            if (text != null) {
                checkSpan(at, statement, text);
            }
            entityRef(at + "/speaker", speaker, SPEAKERS, "a person, organization or group");
            JsonNode relays = array(statement.path("reportedBy"));
            for (int r = 0; r < relays.size(); r++) {
                String relay = relays.get(r).isTextual() ? relays.get(r).asText() : null;
                if (relay != null && relay.equals(speaker)) {
                    problem(at + "/reportedBy/" + r, "'" + relay + "' is the speaker, so cannot also relay the words");
                } else {
                    entityRef(at + "/reportedBy/" + r, relay, RELAYS, "a person or organization");
                }
            }
            JsonNode addressed = array(statement.path("addressedTo"));
            for (int a = 0; a < addressed.size(); a++) {
                entityRef(at + "/addressedTo/" + a, addressed.get(a).isTextual() ? addressed.get(a).asText() : null,
                        RELAYS, "a person or organization");
            }
            for (String field : List.of("reports", "respondsTo", "denies")) {
                statementRefs(at + "/" + field, id, array(statement.path(field)));
            }
            Set<String> mentioned = new HashSet<>();
            JsonNode mentions = array(statement.path("mentions"));
            for (int m = 0; m < mentions.size(); m++) {
                JsonNode mention = mentions.get(m);
                String entity = text(mention, "entity");
                String mat = at + "/mentions/" + m;
                if (entity == null) {
                    continue;
                }
                if (!mentioned.add(entity)) {
                    problem(mat + "/entity", "'" + entity + "' is mentioned twice; give one mention");
                }
                EntityType type = entityRef(mat + "/entity", entity, MENTIONABLE,
                        "a person, organization or territory");
                if (text(mention, "position") != null && type != null && type != EntityType.TERRITORY) {
                    problem(mat + "/position", "a position is a stance on a territory, but '" + entity + "' is a "
                            + type.json());
                }
            }
        }
    }

    private void checkSpan(String at, JsonNode statement, String text) {
        JsonNode span = statement.path("span");
        if (!span.path("start").isInt() || !span.path("end").isInt()) {
            return; // the schema has said what is wrong with the span
        }
        int start = span.path("start").asInt();
        int end = span.path("end").asInt();
        if (end > text.length()) {
            problem(at + "/span/end", "end " + end + " is beyond the article text, which has " + text.length()
                    + " characters");
            return;
        }
        if (start < 0) {
            return; // the schema has said so
        }
        if (start >= end) {
            problem(at + "/span", "start " + start + " must be before end " + end);
            return;
        }
        String words = text(statement, "text");
        boolean verbatim = statement.path("verbatim").asBoolean(false);
        if (statement.has("parts")) {
            List<Statement.Span> parts = checkParts(at, statement.path("parts"), verbatim, start, end, text);
            if (parts != null && verbatim && words != null) {
                String evidence = Statement.evidence(text, parts);
                if (!evidence.equals(words)) {
                    problem(at + "/text", "a verbatim statement in parts must equal its parts joined by \""
                            + Statement.PART_JOINER + "\", but they hold \"" + abbreviate(evidence) + "\"");
                }
            }
            return;
        }
        if (verbatim && words != null) {
            String evidence = text.substring(start, end);
            if (!evidence.equals(words)) {
                problem(at + "/text", "a verbatim statement must equal its span, but the span [" + start + ", "
                        + end + ") holds \"" + abbreviate(evidence) + "\"");
            }
        }
    }

    /**
     * Checks the parts of a statement against its span [start, end) and the article text: only on a verbatim
     * statement, in order, apart, each non-blank, the first starting and the last ending where the span does. Returns
     * the parts when they can be read, or null when the schema or a rule has refused them.
     */
    private List<Statement.Span> checkParts(String at, JsonNode parts, boolean verbatim, int start, int end,
                                            String text) {
        if (!parts.isArray() || parts.size() < 2) {
            return null; // the schema has said so
        }
        if (!verbatim) {
            problem(at + "/parts", "only a verbatim statement has parts");
        }
        List<Statement.Span> read = new ArrayList<>();
        int problemsBefore = problems.size();
        int previousEnd = -1;
        for (int p = 0; p < parts.size(); p++) {
            JsonNode part = parts.get(p);
            if (!part.path("start").isInt() || !part.path("end").isInt()) {
                return null; // the schema has said what is wrong with the part
            }
            int from = part.path("start").asInt();
            int to = part.path("end").asInt();
            String pat = at + "/parts/" + p;
            if (from < 0 || to > text.length() || from >= to) {
                problem(pat, "part [" + from + ", " + to + ") must be a non-empty range inside the article text, which has "
                        + text.length() + " characters");
                return null;
            }
            if (from < previousEnd) {
                problem(pat, "part [" + from + ", " + to + ") must start at or after the end " + previousEnd
                        + " of the part before it: parts are in order and do not overlap");
            }
            if (text.substring(from, to).isBlank()) {
                problem(pat, "part [" + from + ", " + to + ") holds only white space");
            }
            previousEnd = to;
            read.add(new Statement.Span(from, to));
        }
        if (read.get(0).start() != start) {
            problem(at + "/parts/0/start", "the first part must start where the span starts, at " + start);
        }
        if (read.get(read.size() - 1).end() != end) {
            problem(at + "/parts/" + (read.size() - 1) + "/end", "the last part must end where the span ends, at "
                    + end);
        }
        return problems.size() == problemsBefore ? read : null;
    }

    /** Checks a reference to an entity; a missing or unusable id is the schema's to report, and is skipped. */
    private EntityType entityRef(String at, String id, Set<EntityType> allowed, String expected) {
        if (id == null) {
            return null;
        }
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

    private void statementRefs(String at, String from, JsonNode ids) {
        for (int i = 0; i < ids.size(); i++) {
            if (!ids.get(i).isTextual()) {
                continue;
            }
            String id = ids.get(i).asText();
            if (id.equals(from)) {
                problem(at + "/" + i, "a statement cannot refer to itself");
            } else if (!statementIndex.containsKey(id)) {
                problem(at + "/" + i, "no statement with id '" + id + "' in this dataset");
            }
        }
    }

    /** Depth-first search for a cycle along one kind of statement link; reports each cycle once. */
    private void checkNoCycles(String field) {
        Map<String, List<String>> links = new HashMap<>();
        JsonNode statements = array(dataset.path("statements"));
        for (int i = 0; i < statements.size(); i++) {
            String id = text(statements.get(i), "id");
            if (id != null && !links.containsKey(id)) {
                List<String> to = new ArrayList<>();
                array(statements.get(i).path(field)).forEach(n -> {
                    if (n.isTextual()) {
                        to.add(n.asText());
                    }
                });
                links.put(id, to);
            }
        }
        Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        for (String start : statementIndex.keySet()) {
            if (!state.containsKey(start)) {
                visit(start, links, state, new ArrayList<>(), field);
            }
        }
    }

    private void visit(String statement, Map<String, List<String>> links, Map<String, Integer> state,
                       List<String> path, String field) {
        state.put(statement, 1);
        path.add(statement);
        for (String next : links.getOrDefault(statement, List.of())) {
            Integer seen = state.get(next);
            if (seen == null && links.containsKey(next)) {
                visit(next, links, state, path, field);
            } else if (seen != null && seen == 1) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
                cycle.add(next);
                problem("/statements/" + statementIndex.get(statement) + "/" + field,
                        field + " forms a cycle: " + String.join(" -> ", cycle));
            }
        }
        path.remove(path.size() - 1);
        state.put(statement, 2);
    }

    /** The text of a field, or null when it is missing or not text (the schema reports that). */
    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** The node when it is an array, else an empty one (the schema reports what it is instead). */
    private static JsonNode array(JsonNode node) {
        return node != null && node.isArray() ? node : MissingNode.getInstance();
    }

    private static EntityType type(JsonNode entity) {
        String type = text(entity, "type");
        for (EntityType t : EntityType.values()) {
            if (t.json().equals(type)) {
                return t;
            }
        }
        return null;
    }

    private void problem(String pointer, String message) {
        problems.add(new Problem(source, pointer, message));
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
