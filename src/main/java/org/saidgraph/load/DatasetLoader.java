package org.saidgraph.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.InvalidDatasetException;
import org.saidgraph.dataset.Problem;
import org.saidgraph.graph.Graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes validated datasets into the graph, every node merged on its id, so that a re-load is harmless, an edited
 * article replaces its old statements, and a rejected article leaves the graph as it was.
 * <p>
 * Provenance costs the same for every article: each article's NAMES keep what it gave each entity (aliases, facts),
 * while the shared entities and facts keep only counts, which an article changes by its own difference between what
 * it gave before and what it gives now ({@link LoadPlan}). So an edited or deleted article takes away what only it
 * said, entities no article names any more are removed, and loading the ten-thousandth article that names someone
 * costs no more than loading the first.
 * <p>
 * Several articles can go in one transaction ({@link #load(List)}), which is what makes a directory load fast: the
 * commit, the round trips and the writes to popular entities are shared by the batch. Within a batch each article is
 * still accepted or rejected exactly as if it were loaded alone: one that conflicts with what the graph holds is
 * decided only at the start of a transaction, where the graph is what the articles before it left.
 * <p>
 * Writes are serialised in this process (a lock), because an article's changes are worked out from what the graph
 * holds of it just before; one loader per database at a time. The lock also keeps concurrent posts that name the same
 * people from deadlocking each other (they lock those people's nodes in different orders; under four writers the
 * driver's retries ran out and a client got 503: issue 7's concurrent-load proof, {@code ConcurrentLoadersTest}).
 * A transaction of another process can still deadlock with one of these; the driver retries it for up to
 * {@code saidgraph.driver.max-retry-time}.
 */
public final class DatasetLoader {

    /**
     * Hashed together with the dataset into {@code datasetSha256}. The fingerprint lets a re-load of an unchanged
     * dataset be skipped, but what the graph holds for a dataset also depends on how the loader writes it: v2 keeps
     * which article gave each alias and each entity fact; v3 keeps {@code statementCount} on speakers; v4 stores each
     * statement's evidence and passage (the text of its span and the sentence around it) for full-text search; v5
     * keeps each article's aliases and facts on its NAMES and only counts on entities and facts; v6 gives every statement a
     * date and dateSource, articles their outlet (PUBLISHED_BY) and links utterances across articles
     * ({@link CorpusLinks}). Changing this constant changes every fingerprint, so a restart over a data directory written by an older loader re-loads each dataset
     * once with the present semantics (and skips it again afterwards). Change it whenever the loader writes the same
     * dataset differently, unless {@link #upgradeOnce} converts what older loaders wrote in place: the sort keys of
     * load/sort-keys.cypher came that way, because re-loading a large corpus costs far more.
     */
    static final String LOAD_FORMAT = "saidgraph-load-v6\n";

    /** How many statements one transaction of {@link #upgradeOnce} gives sort keys (or utterances their outlets). */
    private static final int UPGRADE_BATCH = 5_000;

    /**
     * The version the format marker ({@code (:GraphFormat {version})}, load/graph-format.cypher) records once the graph
     * holds everything this loader keeps. Raise it with each new conversion in {@link #upgradeOnce}, so that a graph
     * marked by an older loader is checked once more.
     */
    static final int GRAPH_FORMAT = 5;

    private final LoadTransactions transactions;
    private final ObjectMapper mapper;
    private final ReentrantLock writer = new ReentrantLock();
    private boolean upgradeChecked;
    /**
     * The graph was empty when {@link #upgradeOnce} looked and this loader has written nothing since: its first write
     * also writes the format marker, and there are no loaded files to read.
     */
    private boolean emptyUnmarked;
    /**
     * The linking keys of the statements this loader committed lately, which spare linking most look-ups in the
     * full-text index during a directory load (RecentLinkKeys); kept only when this loader is the graph's sole writer.
     */
    private final RecentLinkKeys recent;

    public DatasetLoader(LoadTransactions transactions, ObjectMapper mapper) {
        this.transactions = transactions;
        this.mapper = mapper;
        this.recent = transactions.soleWriter() ? new RecentLinkKeys(RecentLinkKeys.WEEKS_AROUND) : RecentLinkKeys.none();
    }

    /** A loader writing through the driver. */
    public DatasetLoader(Graph graph, ObjectMapper mapper) {
        this(new DriverTransactions(graph), mapper);
    }

    /** What a batch load did: each article loaded, each rejected with its problems, and what the batch changed. */
    public record Batch(List<LoadResult> results, List<InvalidDatasetException> rejected, Counts counts,
                        int transactions) {
    }

    /**
     * Fingerprints a dataset that {@link org.saidgraph.dataset.DatasetReader} has accepted, so that it can be
     * written. Thread-safe: a directory load prepares on other threads than the one that writes.
     */
    public Prepared prepare(String source, Dataset dataset, Prepared.SourceFile file) {
        return new Prepared(source, dataset, sha256(LOAD_FORMAT + canonicalJson(dataset)), file,
                StatementKeys.of(dataset));
    }

    /**
     * Loads one dataset in one transaction. {@code source} names it in problems. Throws
     * {@link InvalidDatasetException} when the dataset conflicts with the graph (an entity id that names another kind
     * of thing there); nothing is written then.
     */
    public LoadResult load(String source, Dataset dataset) {
        Batch batch = load(List.of(prepare(source, dataset, null)));
        if (!batch.rejected().isEmpty()) {
            throw batch.rejected().get(0);
        }
        return batch.results().get(0);
    }

    /**
     * Loads datasets in as few transactions as their order allows: one, unless an article id comes twice or an
     * article conflicts with an earlier one. A dataset that conflicts with the graph is rejected and the others are
     * written.
     */
    public Batch load(List<Prepared> prepared) {
        List<Prepared> items = prepared.stream().map(Prepared::withKeys).toList();
        List<LoadResult> results = new ArrayList<>();
        List<InvalidDatasetException> rejected = new ArrayList<>();
        Counts counts = Counts.NONE;
        int transactionCount = 0;
        writer.lock();
        try {
            upgradeOnce();
            int from = 0;
            boolean alone = false;
            while (from < items.size()) {
                List<Prepared> rest = items.subList(from, alone ? from + 1 : items.size());
                Group group;
                try {
                    group = inTransaction(tx -> writeGroup(tx, rest));
                } catch (InvalidDatasetException e) {
                    throw e;
                } catch (RuntimeException e) {
                    if (!alone && rest.size() > 1) {
                        // Refused by the database itself (a constraint, the transaction memory limit): the rest goes
                        // one article per transaction, so that only the article at fault is rejected.
                        alone = true;
                        continue;
                    }
                    group = refused(rest.get(0), e);
                    if (group == null) {
                        throw e;
                    }
                }
                if (group.marked()) {
                    emptyUnmarked = false;
                }
                results.addAll(group.results());
                rejected.addAll(group.rejected());
                counts = counts.plus(group.counts());
                transactionCount++;
                from += group.consumed();
            }
        } finally {
            writer.unlock();
        }
        return new Batch(results, rejected, counts, transactionCount);
    }

    /**
     * Removes an article and its statements, takes what it gave away from the aliases and entity facts, and removes
     * the entities that only it named; returns false when there was no such article.
     */
    public boolean delete(String articleId) {
        writer.lock();
        try {
            upgradeOnce();
            return inTransaction(tx -> {
                Map<String, Object> wanted = new HashMap<>();
                wanted.put("id", articleId);
                wanted.put("fingerprint", null);
                Map<String, Previous> previous = readPrevious(tx, List.of(wanted));
                if (previous.isEmpty()) {
                    return false;
                }
                write(tx, List.of(new LoadPlan.Change(articleId, null, previous.get(articleId))), false);
                return true;
            });
        } finally {
            writer.unlock();
        }
    }

    /** What this loader remembers of the statements it committed (for tests). */
    RecentLinkKeys recent() {
        return recent;
    }

    /**
     * A write transaction that may add or remove statements: what it stages in {@link #recent} is taken in once it has
     * committed, and dropped if it fails (or is tried again).
     */
    private <T> T inTransaction(java.util.function.Function<LoadTransactions.Tx, T> work) {
        T result = transactions.write(tx -> {
            recent.begin();
            return work.apply(tx);
        });
        recent.commit();
        return result;
    }

    /** The dataset files the graph's articles were last loaded from, each with its stamp ({@link #fileStamp}). */
    public Map<String, String> loadedFiles() {
        writer.lock();
        try {
            if (emptyUnmarked) {
                return new HashMap<>(); // and the query need not be compiled on a fresh start
            }
        } finally {
            writer.unlock();
        }
        return transactions.write(tx -> {
            Map<String, String> files = new HashMap<>();
            tx.rows("load/article-files", Map.of()).forEach(r -> files.put((String) r.get("file"),
                    (String) r.get("fileStamp")));
            return files;
        });
    }

    /** What a directory load records of a file: its size and modification time, with the loader's version. */
    public static String fileStamp(long size, java.time.Instant modified) {
        return size + " bytes, modified " + modified + ", " + LOAD_FORMAT.strip();
    }

    /**
     * What one transaction did: the first {@code consumed} items are dealt with; {@code marked}: it wrote the format
     * marker.
     */
    private record Group(List<LoadResult> results, List<InvalidDatasetException> rejected, Counts counts,
                         int consumed, boolean marked) {
    }

    /**
     * An article alone in its transaction that the database refused for what it holds (a client error, such as a
     * constraint it breaks), as a rejection; null for any other failure (the database unreachable, say), which is
     * not the article's fault and is thrown.
     */
    private static Group refused(Prepared item, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String code = cause instanceof org.neo4j.driver.exceptions.Neo4jException n ? n.code()
                    : cause instanceof org.neo4j.graphdb.QueryExecutionException q ? q.getStatusCode() : null;
            if (code != null && code.startsWith("Neo.ClientError.")) {
                return new Group(List.of(), List.of(new InvalidDatasetException(List.of(new Problem(item.source(),
                        "", "the database refused this article: " + cause.getMessage())))), Counts.NONE, 1, false);
            }
        }
        return null;
    }

    private Group writeGroup(LoadTransactions.Tx tx, List<Prepared> items) {
        // An article may come only once in a transaction: its second version's changes are worked out from what the
        // first left, so it waits for the next transaction.
        Set<String> ids = new HashSet<>();
        int end = 0;
        while (end < items.size() && ids.add(items.get(end).articleId())) {
            end++;
        }
        List<Prepared> candidates = items.subList(0, end);
        // The first write into an empty graph: nothing committed to read back. Not asking saves a fresh start the
        // compilation of these queries (and linking's look-up of committed statements), seconds in a cold JVM. The
        // graph is asked again whether it is still empty (a query compiled already), in case anything else wrote to
        // it since upgradeOnce looked (through Bolt, say).
        boolean empty = emptyUnmarked && Boolean.TRUE.equals(tx.rows("load/graph-format", Map.of()).get(0)
                .get("empty"));
        Map<String, Previous> previous = empty ? new HashMap<>() : readPrevious(tx, candidates.stream()
                .map(p -> Map.<String, Object>of("id", p.articleId(), "fingerprint", p.fingerprint())).toList());
        Map<String, String> labels = empty ? new HashMap<>() : entityLabels(tx, candidates);

        List<LoadResult> results = new ArrayList<>();
        List<InvalidDatasetException> rejected = new ArrayList<>();
        List<LoadPlan.Change> changes = new ArrayList<>();
        List<Map<String, Object>> touched = new ArrayList<>();
        int consumed = 0;
        for (Prepared item : candidates) {
            Dataset dataset = item.dataset();
            Previous before = previous.get(item.articleId());
            if (before != null && item.fingerprint().equals(before.fingerprint())) {
                results.add(new LoadResult(item.articleId(), LoadResult.Status.UNCHANGED, dataset.entities().size(),
                        dataset.statements().size(), Counts.NONE));
                if (item.file() != null && !(item.file().path().equals(before.file())
                        && item.file().stamp().equals(before.fileStamp()))) {
                    touched.add(Map.of("id", item.articleId(), "file", item.file().path(),
                            "fileStamp", item.file().stamp()));
                }
                consumed++;
                continue;
            }
            List<Problem> problems = conflicts(item, labels);
            if (!problems.isEmpty()) {
                if (!changes.isEmpty()) {
                    // Decided in the next transaction, against the graph as the changes before it leave it.
                    break;
                }
                rejected.add(new InvalidDatasetException(problems));
                consumed++;
                continue;
            }
            dataset.entities().forEach(e -> labels.put(e.id(), e.type().label()));
            changes.add(new LoadPlan.Change(item.articleId(), item, before));
            results.add(new LoadResult(item.articleId(),
                    before == null ? LoadResult.Status.CREATED : LoadResult.Status.UPDATED,
                    dataset.entities().size(), dataset.statements().size(), null));
            consumed++;
        }
        Counts counts = write(tx, changes, empty);
        boolean marked = !changes.isEmpty() && emptyUnmarked;
        if (marked) {
            tx.run("load/mark-format", Map.of("version", GRAPH_FORMAT));
        }
        if (!touched.isEmpty()) {
            counts = counts.plus(tx.run("load/touch-articles", Map.of("articles", touched)));
        }
        if (changes.size() == 1) {
            // Alone in its transaction: what the transaction changed is what this article changed.
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).counts() == null) {
                    results.set(i, results.get(i).withCounts(counts));
                }
            }
        }
        return new Group(results, rejected, counts, consumed, marked);
    }

    private static Map<String, Previous> readPrevious(LoadTransactions.Tx tx, List<Map<String, Object>> articles) {
        Map<String, Previous> previous = new HashMap<>();
        tx.rows("load/read-articles", Map.of("articles", articles))
                .forEach(row -> previous.put((String) row.get("id"), Previous.of(row)));
        return previous;
    }

    private static Map<String, String> entityLabels(LoadTransactions.Tx tx, List<Prepared> items) {
        Set<String> ids = new HashSet<>();
        items.forEach(p -> p.dataset().entities().forEach(e -> ids.add(e.id())));
        Map<String, String> labels = new HashMap<>();
        tx.rows("load/entity-labels", Map.of("ids", List.copyOf(ids)))
                .forEach(row -> labels.put((String) row.get("id"), (String) row.get("label")));
        return labels;
    }

    /** The entities of {@code item} that name something of another kind in the graph or earlier in the batch. */
    private static List<Problem> conflicts(Prepared item, Map<String, String> labels) {
        List<Problem> problems = new ArrayList<>();
        List<Entity> entities = item.dataset().entities();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            String existing = labels.get(e.id());
            if (existing != null && !existing.equals(e.type().label())) {
                problems.add(new Problem(item.source(), "/entities/" + i + "/type", "'" + e.id() + "' is a "
                        + existing + " in the graph already, so it cannot be a " + e.type().label()));
            }
        }
        return problems;
    }

    /**
     * Runs the plan's queries in order, each only when it has something to do; around them, what loading adds across
     * articles ({@link CorpusLinks}): before, the utterances of the articles loaded before are taken apart; after,
     * every new statement gets its date, outlet and utterance. {@code emptyBefore}: nothing was committed in the graph
     * before this transaction, so linking has no committed statements to look up.
     */
    private Counts write(LoadTransactions.Tx tx, List<LoadPlan.Change> changes, boolean emptyBefore) {
        LoadPlan plan = LoadPlan.of(changes);
        List<String> existing = changes.stream().filter(c -> c.previous() != null).map(LoadPlan.Change::articleId)
                .toList();
        Counts counts = existing.isEmpty() ? Counts.NONE : CorpusLinks.beforeWrite(tx, existing, recent);
        // The stances lose what the articles' statements gave them, while those are still as they were. Like every
        // derived count and node below, what this changes is in the counts: they are all the load changed.
        if (!existing.isEmpty()) {
            counts = counts.plus(tx.run("load/stances", Map.of("articles", existing, "sign", -1)));
            counts = counts.plus(tx.run("load/relayed-counts", Map.of("articles", existing, "sign", -1)));
        }
        if (!plan.articles().isEmpty()) {
            counts = counts.plus(tx.run("load/merge-articles", Map.of("articles", plan.articles())));
        }
        List<Map<String, Object>> entities = plan.entities();
        if (!entities.isEmpty()) {
            counts = counts.plus(tx.run("load/merge-entities", Map.of("entities", entities)));
        }
        if (!plan.names().isEmpty() || !plan.replacedNames().isEmpty()) {
            counts = counts.plus(tx.run("load/write-names", Map.of("names", plan.names(),
                    "replaced", plan.replacedNames())));
        }
        // After write-names: a fact whose sample lost an article looks for others among the NAMES.
        List<Map<String, Object>> facts = plan.facts();
        if (!facts.isEmpty()) {
            counts = counts.plus(tx.run("load/update-facts", Map.of("facts", facts)));
        }
        if (!plan.staleStatements().isEmpty()) {
            counts = counts.plus(tx.run("load/delete-stale-statements", Map.of("articles", plan.staleStatements())));
        }
        if (!plan.createdStatements().isEmpty()) {
            counts = counts.plus(tx.run("load/create-statements", Map.of("statements", plan.createdStatements())));
        }
        if (!plan.replacedStatements().isEmpty()) {
            counts = counts.plus(tx.run("load/merge-statements", Map.of("statements", plan.replacedStatements())));
        }
        if (!plan.statementLinks().isEmpty()) {
            counts = counts.plus(tx.run("load/link-statements", Map.of("links", plan.statementLinks())));
        }
        if (!plan.entityLinks().isEmpty()) {
            counts = counts.plus(tx.run("load/link-entities", Map.of("links", plan.entityLinks())));
        }
        if (!plan.deletedArticles().isEmpty()) {
            counts = counts.plus(tx.run("load/delete-articles", Map.of("ids", plan.deletedArticles())));
        }
        // Last: only now do the articles' statements no longer reference what their old datasets named.
        if (!plan.dropped().isEmpty()) {
            counts = counts.plus(tx.run("load/delete-unreferenced-entities", Map.of("entityIds", plan.dropped())));
        }
        List<Prepared> written = changes.stream().map(LoadPlan.Change::next).filter(Objects::nonNull).toList();
        if (!written.isEmpty()) {
            counts = counts.plus(CorpusLinks.afterWrite(tx, written, emptyBefore, recent));
            // Derived for the explorer and the positions. Stances after all their relationships.
            List<String> writtenIds = written.stream().map(Prepared::articleId).toList();
            counts = counts.plus(tx.run("load/stances", Map.of("articles", writtenIds, "sign", 1)));
            counts = counts.plus(tx.run("load/relayed-counts", Map.of("articles", writtenIds, "sign", 1)));
        }
        if (!plan.speakers().isEmpty()) {
            counts = counts.plus(tx.run("load/count-statements", Map.of("entityIds", plan.speakers())));
        }
        return counts;
    }

    /**
     * A graph written by a previous loader (v2 to v4) kept the ids of every article on each fact and no alias counts;
     * converts it once, the first time this loader writes, so that each article's next load finds its facts on its
     * NAMES. A graph written before the loader kept sort keys (load/sort-keys.cypher) gets them, a batch of statements per
     * transaction, so that the lists of statements can page through their indexes; one written before stances gets
     * them, counted from every article in one transaction, and one written before entities kept how many of their
     * statements others relay (load/relayed-counts.cypher) the same way. One written before utterances kept their
     * outlets (load/utterance-outlets.cypher) gets them, a batch of utterances per transaction, and one written before they
     * kept their defining occurrence gets it (load/utterance-defined-by.cypher) the same way. {@link DirectoryLoader} calls it before anything else, so a
     * start-up over an older graph converts it even when no dataset has changed.
     * <p>
     * Only a graph without the format marker (load/graph-format.cypher) is checked: the checks read every statement,
     * seconds at a million, and compiling them is a good part of a fresh start in a cold JVM. A graph marked with
     * {@link #GRAPH_FORMAT} costs one look-up; an empty one is marked by the transaction of its first write; any other
     * is checked, converted as needed and then marked.
     */
    public void upgradeOnce() {
        upgradeOnce(UPGRADE_BATCH);
    }

    /**
     * {@link #upgradeOnce()} giving sort keys to {@code batch} statements (outlets to {@code batch} utterances) per
     * transaction.
     */
    void upgradeOnce(int batch) {
        writer.lock();
        try {
            if (upgradeChecked) {
                return;
            }
            Map<String, Object> format = transactions.write(tx -> tx.rows("load/graph-format", Map.of()).get(0));
            if (format.get("version") instanceof Number version && version.intValue() >= GRAPH_FORMAT) {
                upgradeChecked = true;
                return;
            }
            if (Boolean.TRUE.equals(format.get("empty"))) {
                emptyUnmarked = true;
                upgradeChecked = true;
                return;
            }
            transactions.write(tx -> {
                if ((Boolean) tx.rows("load/needs-upgrade", Map.of()).get(0).get("needed")) {
                    tx.runScript("load/upgrade-provenance");
                }
                return null;
            });
            if ((Boolean) transactions.write(tx -> tx.rows("load/needs-sort-keys", Map.of())).get(0).get("needed")) {
                inBatches("load/statements-after", "load/sort-keys", batch);
            }
            if ((Boolean) transactions.write(tx -> tx.rows("load/needs-outlets", Map.of())).get(0).get("needed")) {
                inBatches("load/utterances-without-outlets", "load/utterance-outlets", batch);
            }
            if ((Boolean) transactions.write(tx -> tx.rows("load/needs-defined-by", Map.of())).get(0).get("needed")) {
                inBatches("load/utterances-without-defined-by", "load/utterance-defined-by", batch);
            }
            transactions.write(tx -> {
                if ((Boolean) tx.rows("load/needs-stances", Map.of()).get(0).get("needed")) {
                    List<Object> articles = tx.rows("load/stance-articles", Map.of()).stream()
                            .map(r -> r.get("id")).toList();
                    tx.run("load/stances", Map.of("articles", articles, "sign", 1));
                }
                // Format 5 keeps MENTIONS.sharedOrder: the mentions that the stances of a territory and of its
                // parts would count twice (load/shared-orders; it finds nothing to do on a graph that has them).
                tx.run("load/shared-orders", Map.of());
                if ((Boolean) tx.rows("load/needs-relayed-counts", Map.of()).get(0).get("needed")) {
                    List<Object> articles = tx.rows("load/stance-articles", Map.of()).stream()
                            .map(r -> r.get("id")).toList();
                    tx.run("load/relayed-counts", Map.of("articles", articles, "sign", 1));
                }
                tx.run("load/mark-format", Map.of("version", GRAPH_FORMAT));
                return null;
            });
            upgradeChecked = true;
        } finally {
            writer.unlock();
        }
    }

    /**
     * Runs {@code write} over the ids {@code page} gives, {@code batch} ids per transaction, in id order: {@code page}
     * takes the last id done ({@code $after}, null at first) and {@code $batch}, and returns the next {@code ids}.
     */
    private void inBatches(String page, String write, int batch) {
        String after = null;
        List<?> ids;
        do {
            Map<String, Object> params = new HashMap<>();
            params.put("after", after);
            params.put("batch", batch);
            ids = (List<?>) transactions.write(tx -> {
                List<?> next = (List<?>) tx.rows(page, params).get(0).get("ids");
                tx.run(write, Map.of("ids", next));
                return next;
            });
            after = ids.isEmpty() ? after : (String) ids.get(ids.size() - 1);
        } while (ids.size() == batch);
    }

    private String canonicalJson(Dataset dataset) {
        try {
            return mapper.writeValueAsString(dataset);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
