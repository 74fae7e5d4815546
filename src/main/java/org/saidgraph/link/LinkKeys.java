package org.saidgraph.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys that let linking find, among all statements in the graph, the few that may be the same utterance as a new
 * one, by index look-ups whose cost does not grow with the corpus. Every key is a short hash that already contains
 * the speaker and the week of the statement, so a look-up only ever meets the same speaker's statements of the same
 * few weeks, never all of a prolific speaker's statements:
 * <ul>
 *   <li>{@code e…}: the whole normalised wording of a verbatim statement (equal quotations);</li>
 *   <li>{@code w…}: every run of {@link #WINDOW} words of a verbatim statement, and {@code h…} its first run: a quote
 *   cut from a longer one has its first and last runs among the longer one's runs, and a longer quote has the first
 *   run of each shorter one it contains among its own runs;</li>
 *   <li>{@code b…}: {@link #BANDS} MinHash bands of the content stems ({@link Paraphrase#stems}) together with the
 *   speaker and act, of the whole text and of each sentence of a quotation: two wordings whose stem sets overlap
 *   much share a band with high probability (for a Jaccard overlap of 2/3, which a Dice similarity of 0.8 is, 99%),
 *   two unrelated ones rarely.</li>
 * </ul>
 * A statement stores its keys ({@link #stored}) in a full-text index, for its own week and the weeks either side
 * (its runs only for its own week); a new statement asks for the keys it could share ({@link #query}) in its own week
 * (its pair of runs in the weeks either side). What the index returns is only a
 * candidate: linking then checks the words themselves.
 */
public final class LinkKeys {

    /** Words in a run; also the fewest words a quotation needs to be recognised inside a longer one. */
    public static final int WINDOW = 4;
    /** The most days between two reports of one utterance (by the dates of the statements). */
    public static final int DAYS = 7;
    /** MinHash bands, each of {@link #ROWS} minimum hashes. */
    static final int BANDS = 8;
    static final int ROWS = 2;
    /** At most this many runs of a long quotation are asked for: the query stays within Lucene's clause limit. */
    static final int MAX_QUERY_RUNS = 500;
    /** Keys in one look-up of {@link #lookups}: within Lucene's limit of 1,024 clauses in a query. */
    static final int LOOKUP_KEYS = 512;

    private static final long[] SEEDS = seeds(BANDS * ROWS);

    private LinkKeys() {
    }

    /**
     * The keys a statement is stored under, separated by spaces (for a whitespace-analysed full-text index): each key
     * but the runs once for the statement's week and once for each week either side, so that a look-up in one week
     * finds every statement said within {@link #DAYS} days.
     */
    public static String stored(LinkStatement s) {
        return stored(Parts.of(s));
    }

    /** A statement's stored keys ({@link #stored}) and its clauses ({@link #clauses}), worked out together. */
    public record Both(String stored, List<List<String>> clauses) {
    }

    /**
     * {@link #stored} and {@link #clauses} of one statement at once: its words, sentences and MinHash minima are
     * worked out once for both, not once per week and again for the clauses (the loader's reader threads spent most
     * of what they allocated on that, BENCHMARKS.md).
     */
    public static Both both(LinkStatement s) {
        Parts parts = Parts.of(s);
        return new Both(stored(parts), clauses(parts));
    }

    private static String stored(Parts p) {
        LinkStatement s = p.statement();
        List<String> words = p.words();
        Set<String> keys = new LinkedHashSet<>();
        for (String week : weeksAround(s.day())) {
            if (s.verbatim() && !words.isEmpty()) {
                keys.add(key("e", s.speaker(), week, String.join(" ", words)));
                if (words.size() >= WINDOW) {
                    keys.add(key("h", s.speaker(), week, run(words, 0)));
                }
            }
            keys.addAll(bands(p, week));
        }
        // The runs, a key per word of a quotation, only for its own week: a look-up asks for its pair of runs in the
        // weeks either side instead (query), which keeps the index a third of the size it would be with every run
        // stored three times; indexing it was the largest part of a load's commit (BENCHMARKS.md). Keys that earlier
        // versions stored for three weeks still match: they only widen the candidates, whose dates linking checks.
        if (s.verbatim() && words.size() >= WINDOW) {
            String week = week(s.day());
            for (int i = 0; i + WINDOW <= words.size(); i++) {
                keys.add(key("w", s.speaker(), week, run(words, i)));
            }
        }
        return String.join(" ", keys);
    }

    /**
     * What a statement's keys are made of, whatever the week: its words, and the values of the MinHash bands of its
     * whole text and (a quotation of several sentences) of each sentence, none where too few stems.
     */
    private record Parts(LinkStatement statement, List<String> words, List<List<String>> bandValues) {

        static Parts of(LinkStatement s) {
            List<String> words = Wording.words(s.text());
            List<List<String>> values = new ArrayList<>();
            values.add(LinkKeys.bandValues(minima(Paraphrase.stems(words))));
            List<String> sentences = s.verbatim() ? Paraphrase.sentences(s.text()) : List.of();
            if (sentences.size() > 1) {
                for (String sentence : sentences) {
                    values.add(LinkKeys.bandValues(minima(Paraphrase.stems(sentence))));
                }
            }
            return new Parts(s, words, values);
        }
    }

    /**
     * A key ({@link #stored}, {@link #clauses}) as a number, for an index in memory that holds many keys
     * ({@code load.RecentLinkKeys}): a key is a letter and 64 bits of a hash in hexadecimal, so its number is those
     * bits with the letter mixed in, 8 bytes instead of a string of some 60. Two different keys get the same number
     * with a chance of about one in 2^64 per pair, and would then only widen the candidates, whose words linking
     * checks.
     */
    public static long code(String key) {
        if (key.length() == 1 + 16) {
            try {
                return Long.parseUnsignedLong(key, 1, key.length(), 16) ^ mix(key.charAt(0));
            } catch (NumberFormatException notHex) {
                // not a key this class made: hashed whole below
            }
        }
        return hash64(key);
    }

    /**
     * The Lucene query for the statements that may be the same utterance as {@code s}: any of its possible keys in
     * its own week (the statements of the weeks either side are stored under it too). Null when the statement has no
     * key to look for.
     */
    public static String query(LinkStatement s) {
        return query(clauses(s));
    }

    /** The Lucene query for these clauses ({@link #clauses}); null when there are none. */
    public static String query(List<List<String>> clauses) {
        if (clauses.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (List<String> clause : clauses) {
            parts.add(clause.size() == 1 ? clause.get(0) : "(+" + String.join(" +", clause) + ")");
        }
        return String.join(" OR ", parts);
    }

    /**
     * Lucene queries that together find every statement whose stored keys hold every key of one of {@code clauses}
     * ({@link #clauses}), each query asking for at most {@link #LOOKUP_KEYS} keys: how the loader asks for the
     * clauses of a whole batch at once. What they find is a superset of what each statement's {@link #query} finds
     * (the union over the batch); the loader keeps, for each statement, the hits that match one of its own clauses
     * ({@link KeyMatcher}). A clause of two keys (a quotation's first and last run) is asked as a conjunction, not as
     * two keys: each run alone matches every statement of the speaker that week with those four words anywhere, which
     * for a prolific speaker's stock phrases grew with the corpus and was most of what the look-ups returned, only to
     * be dropped by the matcher (BENCHMARKS.md).
     */
    public static List<String> lookups(java.util.Collection<List<String>> clauses) {
        List<String> queries = new ArrayList<>();
        List<List<String>> part = new ArrayList<>();
        int keys = 0;
        for (List<String> clause : clauses) {
            if (keys + clause.size() > LOOKUP_KEYS && !part.isEmpty()) {
                queries.add(query(part));
                part.clear();
                keys = 0;
            }
            part.add(clause);
            keys += clause.size();
        }
        if (!part.isEmpty()) {
            queries.add(query(part));
        }
        return queries;
    }

    /**
     * What {@link #query} asks for, as data: a statement matches when its stored keys hold every key of at least one
     * clause. The loader applies this itself to the statements of the batch it is writing ({@link KeyMatcher}),
     * which a full-text look-up inside the transaction would find only after re-indexing the whole transaction.
     */
    public static List<List<String>> clauses(LinkStatement s) {
        return clauses(Parts.of(s));
    }

    private static List<List<String>> clauses(Parts p) {
        LinkStatement s = p.statement();
        List<List<String>> clauses = new ArrayList<>();
        List<String> words = p.words();
        String week = week(s.day());
        if (s.verbatim() && !words.isEmpty()) {
            clauses.add(List.of(key("e", s.speaker(), week, String.join(" ", words))));
            if (words.size() >= WINDOW) {
                // inside a longer quotation: its first and its last run are both there, said within a week
                for (String around : weeksAround(s.day())) {
                    clauses.add(List.of(key("w", s.speaker(), around, run(words, 0)),
                            key("w", s.speaker(), around, run(words, words.size() - WINDOW))));
                }
                // around shorter quotations: their first run is one of ours
                Set<String> heads = new LinkedHashSet<>();
                for (int i = 0; i + WINDOW <= words.size() && heads.size() < MAX_QUERY_RUNS; i++) {
                    heads.add(key("h", s.speaker(), week, run(words, i)));
                }
                heads.forEach(h -> clauses.add(List.of(h)));
            }
        }
        bands(p, week).forEach(b -> clauses.add(List.of(b)));
        return clauses;
    }

    /**
     * The MinHash bands of the statement's wording in {@code week}, and for a quotation of several sentences also of
     * each sentence, since reported speech may report only one of them.
     */
    private static List<String> bands(Parts p, String week) {
        String frame = p.statement().speaker() + "\u0000" + p.statement().act();
        List<String> bands = new ArrayList<>(bands(frame, week, p.bandValues().get(0)));
        for (int i = 1; i < p.bandValues().size(); i++) {
            for (String band : bands(frame, week, p.bandValues().get(i))) {
                if (!bands.contains(band)) {
                    bands.add(band);
                }
            }
        }
        return bands;
    }

    /** The minimum of each seeded hash over the stems; null when there are too few stems to compare. */
    private static long[] minima(Set<String> stems) {
        if (stems.size() < Paraphrase.MIN_STEMS) {
            return null;
        }
        long[] minimum = new long[SEEDS.length];
        java.util.Arrays.fill(minimum, Long.MAX_VALUE);
        for (String stem : stems) {
            long base = hash64(stem);
            for (int j = 0; j < SEEDS.length; j++) {
                long h = mix(base ^ SEEDS[j]);
                if (Long.compareUnsigned(h, minimum[j]) < 0) {
                    minimum[j] = h;
                }
            }
        }
        return minimum;
    }

    /** Each band's value ("band:minimum.minimum."), what its key hashes with the frame and week; none for null. */
    private static List<String> bandValues(long[] minimum) {
        if (minimum == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            StringBuilder value = new StringBuilder().append(band).append(':');
            for (int row = 0; row < ROWS; row++) {
                value.append(Long.toHexString(minimum[band * ROWS + row])).append('.');
            }
            values.add(value.toString());
        }
        return values;
    }

    /** The band keys of these values in {@code week}. */
    private static List<String> bands(String frame, String week, List<String> values) {
        // Not the mentions: reported speech of part of a quotation may name fewer entities (checked afterwards).
        List<String> bands = new ArrayList<>(values.size());
        for (String value : values) {
            bands.add(key("b", frame, week, value));
        }
        return bands;
    }

    private static String run(List<String> words, int from) {
        return String.join(" ", words.subList(from, from + WINDOW));
    }

    /** Weeks of {@link #DAYS} days since 1970-01-01; "none" for undated statements, which meet only each other. */
    static String week(Long day) {
        return day == null ? "none" : Long.toString(Math.floorDiv(day, DAYS));
    }

    private static List<String> weeksAround(Long day) {
        if (day == null) {
            return List.of("none");
        }
        long week = Math.floorDiv(day, DAYS);
        return List.of(Long.toString(week - 1), Long.toString(week), Long.toString(week + 1));
    }

    private static String key(String kind, String scope, String week, String value) {
        return kind + HEX.formatHex(sha256(scope + "\u0000" + week + "\u0000" + value), 0, 8);
    }

    private static long hash64(String s) {
        byte[] d = sha256(s);
        long h = 0;
        for (int i = 0; i < 8; i++) {
            h = (h << 8) | (d[i] & 0xff);
        }
        return h;
    }

    /** SplitMix64's finaliser: a fast, well-spread permutation of 64-bit values. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds(int n) {
        long[] seeds = new long[n];
        long x = 0x5a1d6a9a4bL; // fixed: the same text gets the same keys in every run and on every machine
        for (int i = 0; i < n; i++) {
            x += 0x9e3779b97f4a7c15L;
            seeds[i] = mix(x);
        }
        return seeds;
    }

    static byte[] sha256(String s) {
        return SHA256.get().digest(s.getBytes(StandardCharsets.UTF_8));
    }

    private static final HexFormat HEX = HexFormat.of();

    /**
     * One digest per thread, reset by each digest: getting a new one for each of the dozens of hashes a statement
     * takes (a key, a stem) allocated more than anything else the loader's reader threads did.
     */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
}
