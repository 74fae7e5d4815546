package org.saidgraph.load;

import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;
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
import java.util.TreeSet;
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
 * missing from memory.
 * <p>
 * Bounded by weeks, not statements: after each commit it keeps the weeks within {@link #WEEKS_AROUND} of a week the
 * transaction wrote a statement of, and forgets the others (which are then no longer complete). A directory load in
 * date order writes each batch about the newest weeks, so memory holds the link window of the next batch's
 * statements (a statement of week {@code w} asks weeks {@code w-2} to {@code w+2}) whatever a week holds: some 2,000
 * statements a week in the generated 10,000-article corpus, 20,000 in the million-statement one. A bound of 25,000
 * statements (until session 12) held about twelve weeks of the first and a week of the second, so at a million
 * nearly every statement went to the index again (BENCHMARKS.md). Its memory is that of the weeks held, about 2 KB a
 * statement (below): some 200 MiB for the five weeks of the million-statement corpus.
 * <p>
 * Compact, because a statement has some 20 to 60 keys: each is held as a number ({@link LinkKeys#code}), in a sorted
 * array of its statement and as the key of a map of primitive longs to the statements stored under it (one statement
 * as itself, the rare shared key as an array). About 40 bytes a key, where strings in hash sets and lists took about
 * 230 (a full bound of 25,000 statements held some 250 MB that way, measured in BENCHMARKS.md).
 */
final class RecentLinkKeys {

    /**
     * Weeks kept on either side of each week the last transaction wrote statements of: a statement asks two weeks on
     * either side of its own, and a date-ordered load's next batch may hold statements a week older than the newest
     * week written so far (generated corpora: at most one), so three keep its window whole.
     */
    static final int WEEKS_AROUND = 3;

    /** Whether it holds anything at all (false: memory never answers). */
    private final boolean enabled;
    private final int weeksAround;
    /** Held statements by id. */
    private final Map<String, Held> held = new HashMap<>();
    /**
     * Held statements by each key they are stored under: a {@link Held}, or a list when several share it (a key of a
     * popular speaker's week is shared by thousands: adding to a list costs the same whatever its length).
     */
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

    /** Keeps the weeks within {@code weeksAround} of those each transaction wrote statements of. */
    RecentLinkKeys(int weeksAround) {
        this(true, weeksAround);
    }

    private RecentLinkKeys(boolean enabled, int weeksAround) {
        if (weeksAround < 0) {
            throw new IllegalArgumentException("weeksAround must be at least 0, not " + weeksAround);
        }
        this.enabled = enabled;
        this.weeksAround = weeksAround;
    }

    /** One that holds nothing and never answers: for a loader that is not the graph's sole writer. */
    static RecentLinkKeys none() {
        return new RecentLinkKeys(false, 0);
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
        Set<String> gone = new HashSet<>();
        for (String article : staleArticles) {
            gone.addAll(byArticle.getOrDefault(article, Set.of()));
        }
        TreeSet<Long> writtenWeeks = new TreeSet<>();
        for (Held h : written) {
            writtenWeeks.add(h.week());
            if (Boolean.TRUE.equals(complete.get(h.week()))) {
                gone.add(h.id());
            }
        }
        if (!writtenWeeks.isEmpty()) {
            for (Long week : byWeek.keySet().toArray(Long[]::new)) {
                if (!near(week, writtenWeeks)) {
                    complete.put(week, false);
                    gone.addAll(byWeek.get(week));
                }
            }
        }
        forget(gone);
        for (Held h : written) {
            if (Boolean.TRUE.equals(complete.get(h.week()))) { // its week is written, so never among those forgotten
                hold(h);
            }
        }
        begin();
    }

    /** Whether {@code week} is within {@link #weeksAround} of one of {@code weeks}. */
    private boolean near(long week, TreeSet<Long> weeks) {
        Long below = weeks.floor(week);
        Long above = weeks.ceiling(week);
        return below != null && week - below <= weeksAround || above != null && above - week <= weeksAround;
    }

    /**
     * Whether memory answers for a statement said on {@code day} (days since 1970-01-01; null for undated ones, which
     * it never answers). {@code hasCommitted} tells whether the committed graph holds a statement said in a given
     * week; it is asked once per week, the first time the week is met, and {@code nothingCommitted} (the graph was
     * empty) spares even that.
     */
    boolean answers(Long day, boolean nothingCommitted, LongPredicate hasCommitted) {
        if (!enabled || day == null) {
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
            // The candidates are those stored under the clause's rarest key: a key every statement of a popular
            // speaker's week shares would otherwise make each look-up read thousands.
            List<Held> fewest = storedUnder(wanted[0]);
            for (int k = 1; k < wanted.length && fewest.size() > 1; k++) {
                List<Held> under = storedUnder(wanted[k]);
                if (under.size() < fewest.size()) {
                    fewest = under;
                }
            }
            for (Held candidate : fewest) {
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
        if (enabled && day != null) {
            written.add(new Held(id, article, Math.floorDiv(day, LinkKeys.DAYS), codes));
        }
    }

    int size() {
        return held.size();
    }

    @SuppressWarnings("unchecked")
    private List<Held> storedUnder(long key) {
        Object under = byKey.get(key);
        return under == null ? List.of() : under instanceof Held one ? List.of(one) : (List<Held>) under;
    }

    @SuppressWarnings("unchecked")
    private void hold(Held h) {
        held.put(h.id(), h);
        for (long key : h.keys()) {
            Object under = byKey.get(key);
            if (under == null) {
                byKey.put(key, h);
            } else if (under instanceof Held one) {
                List<Held> several = new ArrayList<>(2);
                several.add(one);
                several.add(h);
                byKey.put(key, several);
            } else {
                ((List<Held>) under).add(h);
            }
        }
        byArticle.computeIfAbsent(h.article(), a -> new HashSet<>()).add(h.id());
        byWeek.computeIfAbsent(h.week(), k -> new HashSet<>()).add(h.id());
    }

    /**
     * Forgets these statements. All at once, because a week forgotten is thousands of statements sharing some keys:
     * each list of a key is filtered once, not once per statement.
     */
    @SuppressWarnings("unchecked")
    private void forget(Set<String> ids) {
        LongHashSet touched = new LongHashSet();
        for (String id : ids) {
            Held h = held.remove(id);
            if (h == null) {
                continue;
            }
            for (long key : h.keys()) {
                touched.add(key);
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
        touched.forEach(key -> {
            Object under = byKey.get(key);
            if (under instanceof Held one) {
                if (held.get(one.id()) != one) {
                    byKey.remove(key);
                }
            } else if (under != null) {
                List<Held> several = (List<Held>) under;
                several.removeIf(other -> held.get(other.id()) != other);
                if (several.isEmpty()) {
                    byKey.remove(key);
                } else if (several.size() == 1) {
                    byKey.put(key, several.get(0));
                }
            }
        });
    }
}
