package org.saidgraph.load;

import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;
import org.saidgraph.link.LinkKeys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongPredicate;

/**
 * The linking keys of the statements this loader committed lately, so that linking finds the committed statements that
 * share a key with a new one in memory instead of asking the full-text index ({@code link/committed-hits}).
 * <p>
 * Why: a look-up in the index costs Lucene a seek per key in every segment, whether the key is there or not, and
 * linking asks some twenty keys per statement, nearly all absent (a new statement rarely has a committed twin).
 * Counted on generated corpora, the look-ups asked 19 to 23 keys per statement and found 0.01 (1,000 articles) to
 * 0.3 (10,000) committed statements per statement, yet their cost per statement doubled from 1,000 to 10,000 articles
 * (0.2 to 0.45 ms on a quiet machine) as the index grew (BENCHMARKS.md).
 * Here a look-up is a hash look-up per key, whatever the size of the graph.
 * <p>
 * Every key is scoped to a week ({@link LinkKeys}): the keys a statement said in week {@code w} asks for are stored
 * only by statements of weeks {@code w-2} to {@code w+2}. So memory can answer for a statement exactly when it holds
 * every committed statement of those five weeks: when each of them is <em>complete</em> here, that is, the graph held
 * no statement of that week when this loader first met it (asked of the committed graph, through the date index),
 * and none of its statements has been forgotten since. Otherwise the statement's keys go to the index as before. A
 * directory load of new articles in date order (a corpus, a generated benchmark) is thus answered from memory
 * throughout; an article about weeks the graph already holds asks the index.
 * <p>
 * What is held is only what was committed: a transaction's statements are staged and taken in by {@link #commit},
 * dropped by {@link #begin} of the next attempt. Only a loader that is the graph's sole writer may use this (the
 * embedded database of this process, {@link LoadTransactions#soleWriter}): another process's statements would be
 * missing from memory. Bounded: beyond {@link #capacity} statements, the oldest weeks are forgotten (and are no longer
 * complete).
 * <p>
 * Compact, because a statement has some 20 to 60 keys: each is held as a number ({@link LinkKeys#code}), in a sorted
 * array of its statement and as the key of a map of primitive longs to the statements stored under it (one statement
 * as itself, the rare shared key as an array). About 40 bytes a key, where strings in hash sets and lists took about
 * 230 (a full bound of 25,000 statements held some 250 MB that way, measured in BENCHMARKS.md).
 */
final class RecentLinkKeys {

    /** Statements held by default: five weeks of a corpus of 2,000 statements a week, and room to spare. */
    static final int CAPACITY = 25_000;

    private final int capacity;
    /** Held statements by id. */
    private final Map<String, Held> held = new HashMap<>();
    /** Held statements by each key they are stored under: a {@link Held}, or a {@code Held[]} when several share it. */
    private final LongObjectHashMap<Object> byKey = new LongObjectHashMap<>();
    private final Map<String, Set<String>> byArticle = new HashMap<>();
    private final TreeMap<Long, Set<String>> byWeek = new TreeMap<>();
    /** Weeks met so far, each true when complete (see the class comment). */
    private final Map<Long, Boolean> complete = new HashMap<>();

    /** What the open transaction did, taken in by {@link #commit}. */
    private final List<String> staleArticles = new ArrayList<>();
    private final List<Held> written = new ArrayList<>();
    private final Map<Long, Boolean> newlyMet = new HashMap<>();

    /** A statement, its article and week, and its keys as numbers, sorted, each once. */
    private record Held(String id, String article, long week, long[] keys) {

        boolean hasAll(long[] wanted) {
            for (long key : wanted) {
                if (Arrays.binarySearch(keys, key) < 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Holds up to {@code capacity} statements; 0 holds none, and then memory never answers. */
    RecentLinkKeys(int capacity) {
        this.capacity = capacity;
    }

    /** One that holds nothing and never answers: for a loader that is not the graph's sole writer. */
    static RecentLinkKeys none() {
        return new RecentLinkKeys(0);
    }

    int capacity() {
        return capacity;
    }

    /** A transaction (or a new attempt of one) begins: what an earlier attempt staged is dropped. */
    void begin() {
        staleArticles.clear();
        written.clear();
        newlyMet.clear();
    }

    /** The transaction committed: its removals and statements are taken in. */
    void commit() {
        complete.putAll(newlyMet);
        for (String article : staleArticles) {
            for (String id : byArticle.getOrDefault(article, Set.of()).toArray(String[]::new)) {
                forget(id);
            }
        }
        for (Held h : written) {
            if (Boolean.TRUE.equals(complete.get(h.week()))) {
                forget(h.id());
                hold(h);
            }
        }
        while (held.size() > capacity && !byWeek.isEmpty()) {
            Map.Entry<Long, Set<String>> oldest = byWeek.firstEntry();
            complete.put(oldest.getKey(), false);
            for (String id : oldest.getValue().toArray(String[]::new)) {
                forget(id);
            }
        }
        begin();
    }

    /**
     * Whether memory answers for a statement said on {@code day} (days since 1970-01-01; null for undated ones, which
     * it never answers). {@code hasCommitted} tells whether the committed graph holds a statement said in a given
     * week; it is asked once per week, the first time the week is met, and {@code nothingCommitted} (the graph was
     * empty) spares even that.
     */
    boolean answers(Long day, boolean nothingCommitted, LongPredicate hasCommitted) {
        if (capacity == 0 || day == null) {
            return false;
        }
        long week = Math.floorDiv(day, LinkKeys.DAYS);
        boolean all = true;
        for (long w = week - 2; w <= week + 2; w++) {
            Boolean known = complete.containsKey(w) ? complete.get(w) : newlyMet.get(w);
            if (known == null) {
                known = nothingCommitted || !hasCommitted.test(w);
                newlyMet.put(w, known);
            }
            all &= known;
        }
        return all;
    }

    /**
     * The held statements, other than {@code id}, whose keys hold every key of one of the clauses
     * ({@link LinkKeys#clauses}), without those of the articles in {@code stale}: what the full-text index would find
     * among them, in the order first found.
     */
    List<String> matches(String id, List<List<String>> clauses, Collection<String> stale) {
        Set<String> found = new LinkedHashSet<>();
        for (List<String> clause : clauses) {
            long[] wanted = clause.stream().mapToLong(LinkKeys::code).toArray();
            for (Held candidate : storedUnder(wanted[0])) {
                if (!candidate.id().equals(id) && candidate.hasAll(wanted)
                        && (stale.isEmpty() || !stale.contains(candidate.article()))) {
                    found.add(candidate.id());
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** The open transaction rewrites or deletes these articles: their held statements are forgotten at commit. */
    void stale(Collection<String> articleIds) {
        staleArticles.addAll(new LinkedHashSet<>(articleIds));
    }

    /** The open transaction stores a statement of {@code article} said on {@code day} under {@code keys}. */
    void written(String id, String article, Long day, String keys) {
        written(id, article, day, keys.isEmpty() ? new long[0]
                : Arrays.stream(keys.split(" ")).mapToLong(LinkKeys::code).sorted().distinct().toArray());
    }

    /** {@link #written(String, String, Long, String)} with the keys as their sorted, distinct codes. */
    void written(String id, String article, Long day, long[] codes) {
        if (capacity > 0 && day != null) {
            written.add(new Held(id, article, Math.floorDiv(day, LinkKeys.DAYS), codes));
        }
    }

    int size() {
        return held.size();
    }

    private List<Held> storedUnder(long key) {
        Object under = byKey.get(key);
        return under == null ? List.of() : under instanceof Held one ? List.of(one) : Arrays.asList((Held[]) under);
    }

    private void hold(Held h) {
        held.put(h.id(), h);
        for (long key : h.keys()) {
            Object under = byKey.get(key);
            if (under == null) {
                byKey.put(key, h);
            } else if (under instanceof Held one) {
                byKey.put(key, new Held[] {one, h});
            } else {
                Held[] several = (Held[]) under;
                Held[] more = Arrays.copyOf(several, several.length + 1);
                more[several.length] = h;
                byKey.put(key, more);
            }
        }
        byArticle.computeIfAbsent(h.article(), a -> new HashSet<>()).add(h.id());
        byWeek.computeIfAbsent(h.week(), k -> new HashSet<>()).add(h.id());
    }

    private void forget(String id) {
        Held h = held.remove(id);
        if (h == null) {
            return;
        }
        for (long key : h.keys()) {
            Object under = byKey.get(key);
            if (under == h) {
                byKey.remove(key);
            } else if (under instanceof Held[] several) {
                Held[] rest = Arrays.stream(several).filter(other -> other != h).toArray(Held[]::new);
                byKey.put(key, rest.length == 1 ? rest[0] : rest);
            }
        }
        Set<String> ofArticle = byArticle.get(h.article());
        ofArticle.remove(id);
        if (ofArticle.isEmpty()) {
            byArticle.remove(h.article());
        }
        Set<String> ofWeek = byWeek.get(h.week());
        ofWeek.remove(id);
        if (ofWeek.isEmpty()) {
            byWeek.remove(h.week());
        }
    }
}
