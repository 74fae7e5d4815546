package org.saidgraph.load;

import org.saidgraph.dataset.Article;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.EntityType;
import org.saidgraph.link.Candidate;
import org.saidgraph.link.KeyMatcher;
import org.saidgraph.link.LinkKeys;
import org.saidgraph.link.LinkStatement;
import org.saidgraph.link.Linking;
import org.saidgraph.link.Utterances;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What loading adds across articles, in the loader's transaction: every statement's date and its source, the outlet
 * that published each article ({@code PUBLISHED_BY}), and the utterances that the same words of the same speaker
 * reported by several articles are ({@code OCCURRENCE_OF}, decided by {@link Linking}). The loader calls
 * {@link #beforeWrite} before it rewrites or deletes articles and {@link #afterWrite} once it has written them.
 * Both touch only the given articles' statements and the utterances they belong to, through index look-ups
 * ({@link LinkKeys}), so their cost does not grow with the corpus.
 */
public final class CorpusLinks {

    private CorpusLinks() {
    }

    /**
     * Before articles are loaded again or deleted: takes apart the utterances their statements belong to and links
     * the other occurrences of those utterances again without them, and removes their PUBLISHED_BY.
     */
    static Counts beforeWrite(LoadTransactions.Tx tx, List<String> articleIds, RecentLinkKeys recent) {
        Counts counts = run(tx, "link/unpublish", Map.of("articleIds", articleIds));
        LoadTransactions.Written dissolved = tx.written("link/dissolve", Map.of("articleIds", articleIds));
        counts = counts.plus(dissolved.counts());
        List<LinkStatement> remaining = dissolved.rows().stream().map(CorpusLinks::linkStatement).toList();
        recent.stale(articleIds);
        return counts.plus(link(tx, remaining, storedKeys(remaining), Map.of(), Map.of(), Map.of(), articleIds,
                articleIds, false, recent));
    }

    /**
     * After the loader has written these datasets: outlets and utterances of their statements (their dates and keys
     * came with them, {@link LoadPlan}). {@code nothingCommitted}: the graph was empty before this transaction, so no
     * committed statement is looked up. {@code recent}: the statements this loader committed lately, which answer for
     * the index where they can.
     */
    static Counts afterWrite(LoadTransactions.Tx tx, List<Prepared> written, boolean nothingCommitted,
                             RecentLinkKeys recent) {
        List<Dataset> datasets = written.stream().map(Prepared::dataset).toList();
        List<Map<String, Object>> publishers = new ArrayList<>();
        List<LinkStatement> incoming = new ArrayList<>();
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, List<List<String>>> clauses = new HashMap<>();
        Map<String, LocalDate> published = new HashMap<>();
        Map<String, String> outletOf = new HashMap<>(); // by statement id, where its article has an outlet
        Map<String, String> outlets = new HashMap<>(); // by folded name: each outlet is looked up once per batch
        Map<String, List<Map<String, Object>>> organizations = publisherCandidates(tx, written, nothingCommitted);
        for (Prepared item : written) {
            Article article = item.dataset().article();
            LocalDate publishedOn = article.published() == null ? null : LocalDate.parse(article.published());
            String outlet = null;
            if (article.publisher() != null && !article.publisher().isBlank()) {
                String name = article.publisher().strip();
                outlet = outlets.computeIfAbsent(fold(name), f -> outlet(tx, name,
                        organizations.getOrDefault(f, List.of()), datasets));
                publishers.add(Map.of("article", article.id(), "organization", outlet, "name", name));
            }
            for (StatementKeys k : item.withKeys().keys().values()) {
                LinkStatement s = k.statement();
                incoming.add(s);
                published.put(s.id(), publishedOn);
                if (outlet != null) {
                    outletOf.put(s.id(), outlet);
                }
                keys.put(s.id(), k.stored());
                clauses.put(s.id(), k.clauses());
                recent.written(s.id(), article.id(), s.day(), k.codes());
            }
        }
        Counts counts = Counts.NONE;
        if (!publishers.isEmpty()) {
            counts = run(tx, "link/published-by", Map.of("links", publishers));
        }
        List<String> writtenIds = datasets.stream().map(d -> d.article().id()).toList();
        return counts.plus(link(tx, incoming, keys, clauses, published, outletOf, List.of(), writtenIds,
                nothingCommitted, recent));
    }

    /** Whether the committed graph holds a statement said in this week ({@link LinkKeys}'s weeks of 7 days). */
    private static boolean hasStatements(LoadTransactions.Tx tx, long week) {
        LocalDate from = LocalDate.ofEpochDay(week * LinkKeys.DAYS);
        return !tx.committedRows("link/statements-in-week", Map.of("from", from,
                "to", from.plusDays(LinkKeys.DAYS - 1))).isEmpty();
    }

    private static Map<String, String> storedKeys(List<LinkStatement> statements) {
        Map<String, String> keys = new LinkedHashMap<>();
        statements.forEach(s -> keys.put(s.id(), LinkKeys.stored(s)));
        return keys;
    }

    /**
     * Links statements to utterances: candidates from the index, decisions by {@link Linking}, then describes.
     * Reported speech joins an utterance only if it agrees with every report of it ({@code link/utterance-reports}).
     * Candidates are the committed statements that share a key with a statement being linked (from the full-text
     * index as committed, without the articles in {@code stale}, which this transaction rewrote or deleted and
     * whose committed keys may be out of date), and the statements being linked that share one with it
     * ({@link KeyMatcher}, over {@code keys}). The index is asked once for all the keys of the batch
     * ({@link LinkKeys#lookups}), not once per statement: a profile of loading 1,000 articles put a fifth to a third
     * of the loading thread in those per-statement look-ups, mostly Lucene's fixed cost per query (parsing it,
     * weighing each term in each segment), and the keys of one statement often come again in another. The index
     * is never asked inside the transaction: there Neo4j re-indexes every node and relationship the transaction
     * changed before each look-up, which cost more than all the rest of loading (and hides some committed
     * statements, link/committed-hits.cypher says which). A statement whose weeks this loader holds all the committed
     * statements of ({@code recent}, {@link RecentLinkKeys}) does not ask the index at all: its committed candidates
     * are found among those in memory, which is what keeps the cost of a directory load flat as the index grows.
     * {@code published}: the publication day of each incoming statement's article, where known (the statements of
     * the datasets being written); a new utterance whose statements all have one here is created whole
     * ({@link #whole}); {@code outletOf} the outlet of that article, where it has one.
     */
    private static Counts link(LoadTransactions.Tx tx, List<LinkStatement> incoming, Map<String, String> keys,
                               Map<String, List<List<String>>> knownClauses, Map<String, LocalDate> published,
                               Map<String, String> outletOf, List<String> excluded,
                               List<String> stale, boolean nothingCommitted, RecentLinkKeys recent) {
        if (incoming.isEmpty()) {
            return Counts.NONE;
        }
        KeyMatcher batch = new KeyMatcher(keys);
        Map<String, List<List<String>>> clausesOf = new LinkedHashMap<>();
        Set<List<String>> wanted = new LinkedHashSet<>();
        Set<String> answered = new HashSet<>(); // by the statements this loader committed lately, not the index
        for (LinkStatement s : incoming) {
            List<List<String>> clauses = knownClauses.containsKey(s.id()) ? knownClauses.get(s.id())
                    : LinkKeys.clauses(s);
            // Asked for every dated statement, clauses or not: a week is looked up in the graph before this
            // loader commits a statement of it (RecentLinkKeys).
            boolean inMemory = recent.answers(s.day(), nothingCommitted, week -> hasStatements(tx, week));
            if (!clauses.isEmpty()) {
                clausesOf.put(s.id(), clauses);
                if (inMemory) {
                    answered.add(s.id());
                } else {
                    wanted.addAll(clauses);
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        if (!clausesOf.isEmpty()) {
            // Every clause of the batch asked for once, in a few look-ups; then each statement's clauses matched
            // against what the committed hits are stored under, as against the batch's own statements.
            Map<String, String> committed = new LinkedHashMap<>();
            boolean ask = !nothingCommitted && !wanted.isEmpty();
            if (ask) {
                // The index is updated beside the commits (cypher/schema.cypher): it must hold them all first.
                tx.committedRows("link/await-link-keys", Map.of());
            }
            for (Map<String, Object> row : !ask ? List.<Map<String, Object>>of()
                    : tx.committedRows("link/committed-hits", Map.of("queries", LinkKeys.lookups(wanted),
                    "stale", stale))) {
                committed.put((String) row.get("id"), row.get("keys") == null ? "" : (String) row.get("keys"));
            }
            KeyMatcher index = new KeyMatcher(committed);
            Map<String, Set<String>> hits = new LinkedHashMap<>();
            clausesOf.forEach((id, clauses) -> {
                Set<String> found = new LinkedHashSet<>(answered.contains(id) ? recent.matches(id, clauses, stale)
                        : index.matches(id, clauses));
                found.addAll(batch.matches(id, clauses));
                hits.put(id, found);
            });
            // Each hit read once, then paired with every statement it was found for, in the order found.
            Set<String> hitIds = new LinkedHashSet<>();
            hits.values().forEach(hitIds::addAll);
            Map<String, Map<String, Object>> read = new HashMap<>();
            if (!hitIds.isEmpty()) {
                for (Map<String, Object> row : rows(tx, "link/candidates", Map.of("ids", List.copyOf(hitIds),
                        "excluded", excluded))) {
                    read.put((String) row.get("id"), row);
                }
            }
            hits.forEach((id, found) -> found.forEach(hitId -> {
                Map<String, Object> row = read.get(hitId);
                if (row != null && !hitId.equals(id)) {
                    candidates.add(new Candidate(id, linkStatement(row), (String) row.get("utteranceId"),
                            (String) row.get("utteranceText"), Boolean.TRUE.equals(row.get("utteranceVerbatim"))));
                }
            }));
            // In one order whichever found them: memory gives a statement's committed hits in the order they were
            // committed, the index in its own, and Linking breaks ties (and keeps the first of two contradicting
            // reports) in the order it is given. Sorted, the same hits link the same way by either path.
            candidates.sort(Comparator.comparing((Candidate c) -> c.statement().id()));
        }
        // Only the utterances whose reports Linking may weigh, not every utterance a candidate belongs to: those
        // reports are most of an utterance's occurrences, and a large utterance met by a quotation alone needs none.
        Map<String, List<LinkStatement>> reports = new HashMap<>();
        List<String> utteranceIds = List.copyOf(Linking.reportsNeeded(incoming, candidates));
        if (!utteranceIds.isEmpty()) {
            for (Map<String, Object> row : rows(tx, "link/utterance-reports", Map.of("ids", utteranceIds))) {
                reports.computeIfAbsent((String) row.get("utterance"), k -> new ArrayList<>())
                        .add(linkStatement(row));
            }
        }
        Map<String, LinkStatement> incomingById = new HashMap<>();
        incoming.forEach(s -> incomingById.put(s.id(), s));
        List<Map<String, Object>> joined = new ArrayList<>(); // groups made of existing utterances
        List<Map<String, Object>> created = new ArrayList<>(); // new utterances
        List<String> order = new ArrayList<>(); // each group's utterance id (kept, or placeholder), in Linking's order
        Map<String, List<String>> added = new HashMap<>(); // statements joining one existing utterance, by its id
        Set<String> wholeIds = new HashSet<>();
        for (Linking.Group g : Linking.plan(incoming, candidates, reports)) {
            Map<String, Object> row = new HashMap<>();
            if (g.utterances().isEmpty()) {
                // A placeholder id until describe-utterances gives the content-derived one, unless created whole.
                String placeholder = "new:" + g.links().get(0).statementId();
                Utterances.Summary whole = whole(g, incomingById, published, outletOf);
                if (whole != null && !wholeIds.add(whole.id())) {
                    whole = null; // the same id twice in a batch: the second is described and joined, as before
                }
                row.put("create", placeholder);
                row.put("whole", whole == null ? null : utteranceRow(null, whole));
                row.put("links", (whole == null ? g.links() : whole.links()).stream().map(CorpusLinks::linkRow)
                        .toList());
                created.add(row);
                order.add(placeholder);
            } else {
                row.put("keep", g.utterances().get(0));
                row.put("merge", g.utterances().subList(1, g.utterances().size()));
                row.put("links", g.links().stream().map(CorpusLinks::linkRow).toList());
                joined.add(row);
                order.add(g.utterances().get(0));
                if (g.utterances().size() == 1) {
                    added.put(g.utterances().get(0), g.links().stream().map(Linking.Link::statementId).toList());
                }
            }
        }
        // Each query's rows are the utterances it wrote; those created whole are not described again, the others
        // are, in Linking's order.
        Counts counts = Counts.NONE;
        Set<String> createdWhole = new HashSet<>();
        if (!created.isEmpty()) {
            LoadTransactions.Written wrote = tx.written("link/create-utterances", Map.of("groups", created));
            counts = counts.plus(wrote.counts());
            for (Map<String, Object> r : wrote.rows()) {
                if (Boolean.TRUE.equals(r.get("whole"))) {
                    createdWhole.add((String) r.get("placeholder"));
                }
            }
        }
        if (!joined.isEmpty()) {
            counts = counts.plus(tx.written("link/write-groups", Map.of("groups", joined)).counts());
        }
        Set<String> touched = new LinkedHashSet<>(order);
        touched.removeAll(createdWhole);
        return counts.plus(describe(tx, List.copyOf(touched), added));
    }

    /**
     * What a new utterance is ({@link Utterances#describe}), when all its occurrences are statements being written
     * whose article's publication day is known: then create-utterances creates it whole, with its content-derived id,
     * text, dates, outlets and counts and each occurrence's match, and neither utterance-members nor
     * describe-utterances reads it back (it does so only when that id is taken, as describe-utterances would then keep
     * the placeholder). Null otherwise. Most utterances are new with one statement (77,000 of 88,000 in the generated
     * 10,000-article corpus), and reading each back cost the loader two queries more.
     */
    private static Utterances.Summary whole(Linking.Group g, Map<String, LinkStatement> incoming,
                                            Map<String, LocalDate> published, Map<String, String> outletOf) {
        List<Utterances.Member> members = new ArrayList<>();
        for (Linking.Link l : g.links()) {
            LinkStatement s = incoming.get(l.statementId());
            if (s == null || !published.containsKey(s.id())) {
                return null;
            }
            String outlet = outletOf.get(s.id());
            members.add(new Utterances.Member(s.id(), s.speaker(), s.verbatim(), s.text(), s.act(), s.mentions(),
                    s.day() == null ? null : LocalDate.ofEpochDay(s.day()), published.get(s.id()),
                    outlet == null ? List.of() : List.of(outlet)));
        }
        return Utterances.describe(members);
    }

    /** An utterance's properties as create-utterances and describe-utterances set them; {@code id} is the one it has. */
    private static Map<String, Object> utteranceRow(String id, Utterances.Summary u) {
        Map<String, Object> row = new HashMap<>();
        if (id != null) {
            row.put("id", id);
            row.put("newId", u.id());
        } else {
            row.put("id", u.id());
        }
        row.put("text", u.text());
        row.put("verbatim", u.verbatim());
        row.put("speaker", u.speaker());
        row.put("date", u.date());
        row.put("firstSeen", u.firstSeen());
        row.put("lastSeen", u.lastSeen());
        row.put("outlets", u.outlets());
        row.put("occurrences", u.occurrences());
        row.put("definedBy", u.definedBy());
        return row;
    }

    /**
     * Sets each utterance's text, id, dates, outlets, counts, defining occurrence and the match of each occurrence
     * ({@link Utterances}). An existing utterance that statements have just joined ({@code added}, by utterance id)
     * is extended from what it keeps ({@link Utterances#extend}): only those statements are read and matched, so the
     * cost does not grow with the utterance. The others (new, merged, or whose text the new statements change) are
     * described from all their occurrences.
     */
    private static Counts describe(LoadTransactions.Tx tx, List<String> utteranceIds,
                                   Map<String, List<String>> added) {
        if (utteranceIds.isEmpty()) {
            return Counts.NONE;
        }
        Map<String, Utterances.Summary> summaries = extended(tx, utteranceIds.stream().filter(added::containsKey)
                .toList(), added);
        List<String> whole = utteranceIds.stream().filter(id -> !summaries.containsKey(id)).toList();
        Map<String, List<Utterances.Member>> members = new LinkedHashMap<>();
        if (!whole.isEmpty()) {
            for (Map<String, Object> row : rows(tx, "link/utterance-members", Map.of("ids", whole))) {
                members.computeIfAbsent((String) row.get("utterance"), k -> new ArrayList<>()).add(member(row));
            }
        }
        members.forEach((id, list) -> summaries.put(id, Utterances.describe(list)));
        List<Map<String, Object>> utterances = new ArrayList<>();
        for (String id : utteranceIds) {
            Utterances.Summary u = summaries.get(id);
            if (u != null) {
                Map<String, Object> row = utteranceRow(id, u);
                row.put("links", u.links().stream().map(CorpusLinks::linkRow).toList());
                utterances.add(row);
            }
        }
        Counts counts = run(tx, "link/describe-utterances", Map.of("utterances", utterances));
        // An utterance whose content-derived id another one has already is the same words of the same speaker: it
        // joins that one (never keeping a placeholder id), which is then described again.
        List<Map<String, Object>> joins = rows(tx, "link/taken-ids", Map.of("utterances", utterances)).stream()
                .map(r -> Map.<String, Object>of("keep", r.get("taken"), "merge", List.of(r.get("id")),
                        "links", List.of()))
                .toList();
        if (joins.isEmpty()) {
            return counts;
        }
        LoadTransactions.Written wrote = tx.written("link/write-groups", Map.of("groups", joins));
        List<String> joined = wrote.rows().stream().map(r -> (String) r.get("id")).distinct().toList();
        return counts.plus(wrote.counts()).plus(describe(tx, joined, Map.of()));
    }

    /**
     * The utterances of {@code ids} that can be extended by the statements just added to them ({@code added}), by
     * id: those that keep their defining occurrence (kept-utterances.cypher) and whose text the added statements do
     * not change ({@link Utterances#extend}). Reads what they keep and the added statements, never their other
     * occurrences.
     */
    private static Map<String, Utterances.Summary> extended(LoadTransactions.Tx tx, List<String> ids,
                                                            Map<String, List<String>> added) {
        Map<String, Utterances.Summary> summaries = new HashMap<>();
        if (ids.isEmpty()) {
            return summaries;
        }
        Map<String, Utterances.Kept> kept = new HashMap<>();
        for (Map<String, Object> row : rows(tx, "link/kept-utterances", Map.of("ids", ids))) {
            List<String> speakers = strings(row.get("speakers"));
            Object occurrences = row.get("occurrences");
            if (row.get("id") == null || speakers.size() != 1 || !(occurrences instanceof Number count)) {
                continue;
            }
            Utterances.Member defining = new Utterances.Member((String) row.get("id"), speakers.get(0),
                    Boolean.TRUE.equals(row.get("verbatim")), (String) row.get("text"), (String) row.get("act"),
                    strings(row.get("mentions")), (LocalDate) row.get("date"), null, List.of());
            kept.put((String) row.get("utterance"), new Utterances.Kept(defining, (LocalDate) row.get("utteranceDate"),
                    (LocalDate) row.get("firstSeen"), (LocalDate) row.get("lastSeen"), strings(row.get("outlets")),
                    count.intValue()));
        }
        if (kept.isEmpty()) {
            return summaries;
        }
        List<Map<String, Object>> joining = new ArrayList<>();
        kept.keySet().stream().sorted().forEach(id -> added.get(id).forEach(statement ->
                joining.add(Map.of("utterance", id, "statement", statement))));
        Map<String, List<Utterances.Member>> members = new HashMap<>();
        for (Map<String, Object> row : rows(tx, "link/added-members", Map.of("members", joining))) {
            members.computeIfAbsent((String) row.get("utterance"), k -> new ArrayList<>()).add(member(row));
        }
        kept.forEach((id, k) -> {
            List<Utterances.Member> joined = members.getOrDefault(id, List.of());
            Utterances.Summary u = joined.size() == added.get(id).size() ? Utterances.extend(k, joined) : null;
            if (u != null) {
                summaries.put(id, u);
            }
        });
        return summaries;
    }

    /** An occurrence as utterance-members.cypher and added-members.cypher read it. */
    private static Utterances.Member member(Map<String, Object> row) {
        return new Utterances.Member((String) row.get("id"), (String) row.get("speaker"),
                Boolean.TRUE.equals(row.get("verbatim")), (String) row.get("text"), (String) row.get("act"),
                strings(row.get("mentions")), (LocalDate) row.get("date"), (LocalDate) row.get("published"),
                strings(row.get("outlets")));
    }

    private static Map<String, Object> linkRow(Linking.Link l) {
        return Map.of("statement", l.statementId(), "match", l.match().value(), "score", l.score());
    }

    /**
     * The committed organizations that may be each outlet of these datasets, by its folded name, in the order the
     * entity_names index gives them: all asked in one read transaction, outside the loader's (inside it, every
     * look-up first re-indexes all that the transaction changed: CorpusLinks#link says more). Each outlet is asked
     * under the publisher's name as the first article of the batch that gives it spells it. Nothing is asked when
     * nothing is committed.
     */
    private static Map<String, List<Map<String, Object>>> publisherCandidates(LoadTransactions.Tx tx,
                                                                          List<Prepared> written,
                                                                          boolean nothingCommitted) {
        Map<String, String> phrases = new LinkedHashMap<>(); // by folded name
        for (Prepared item : written) {
            String publisher = item.dataset().article().publisher();
            if (publisher != null && !publisher.isBlank()) {
                String name = publisher.strip();
                String folded = fold(name);
                if (searchable(folded)) {
                    phrases.putIfAbsent(folded, "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
                }
            }
        }
        Map<String, List<Map<String, Object>>> organizations = new HashMap<>();
        if (nothingCommitted || phrases.isEmpty()) {
            return organizations;
        }
        List<String> folded = List.copyOf(phrases.keySet());
        for (Map<String, Object> row : tx.committedRows("link/publisher-candidates",
                Map.of("phrases", List.copyOf(phrases.values())))) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> found = (List<Map<String, Object>>) row.get("organizations");
            organizations.put(folded.get(((Number) row.get("i")).intValue()), found);
        }
        return organizations;
    }

    /** Whether a folded publisher's name can be looked up in the index at all. */
    private static boolean searchable(String folded) {
        return !folded.isBlank() && folded.chars().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * The id of the organization that is the outlet {@code name}: one whose name or alias is that name (ignoring case
     * and diacritics), among the committed {@code organizations} the index found for it ({@link #publisherCandidates})
     * and then among those of the batch being written, else a slug of it that no other kind of entity uses (created
     * by published-by.cypher). The batch's own organizations are in its datasets.
     */
    static String outlet(LoadTransactions.Tx tx, String name, List<Map<String, Object>> organizations,
                         List<Dataset> batch) {
        String folded = fold(name);
        if (searchable(folded)) {
            for (Map<String, Object> row : organizations) {
                Set<String> names = new LinkedHashSet<>();
                names.add(fold((String) row.get("name")));
                strings(row.get("aliases")).forEach(a -> names.add(fold(a)));
                if (names.contains(folded)) {
                    return (String) row.get("id");
                }
            }
            for (Dataset dataset : batch) {
                for (Entity e : dataset.entities()) {
                    if (e.type() == EntityType.ORGANIZATION && (fold(e.name()).equals(folded)
                            || e.aliases().stream().anyMatch(a -> fold(a).equals(folded)))) {
                        return e.id();
                    }
                }
            }
        }
        String slug = slug(name);
        for (int i = 1; ; i++) {
            String id = i == 1 ? slug : slug + "-media" + (i == 2 ? "" : "-" + (i - 1));
            List<Map<String, Object>> found = rows(tx, "link/entity-label", Map.of("id", id));
            if (found.isEmpty() || "Organization".equals(found.get(0).get("label"))) {
                return id;
            }
        }
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
    }

    static String slug(String name) {
        String slug = fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 100) {
            slug = slug.substring(0, 100).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "outlet" : slug;
    }

    private static LinkStatement linkStatement(Map<String, Object> row) {
        LocalDate date = (LocalDate) row.get("date");
        return new LinkStatement((String) row.get("id"), (String) row.get("speaker"),
                Boolean.TRUE.equals(row.get("verbatim")), (String) row.get("text"), (String) row.get("act"),
                strings(row.get("mentions")), date == null ? null : date.toEpochDay());
    }

    /** A list of strings from a row: the driver gives a List, the embedded database a String[] for an array property. */
    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof String[] array) {
            return List.of(array);
        }
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }

    private static List<Map<String, Object>> rows(LoadTransactions.Tx tx, String query, Map<String, Object> params) {
        return tx.rows(query, params);
    }

    private static Counts run(LoadTransactions.Tx tx, String query, Map<String, Object> params) {
        return tx.run(query, params);
    }
}
