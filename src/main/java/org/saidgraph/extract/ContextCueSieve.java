package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A verb that is a speech cue only in some of its frames, read where no earlier sieve used it: "released a statement
 * criticizing …" (the object a document), "pointed to the polls", "hit back at the board". Whether a frame is speech is
 * not chosen by hand but learned from PolNeAR train ({@code learn-senses}, {@code SenseStatistics}): each verb no
 * earlier sieve read is described by frame keys from specific to general — its lemma, what it governs (a complement
 * clause, a noun object, a topic after a preposition), the head of that object or topic, and what kind of words name
 * its subject (a name, a pronoun, a noun) — and the table {@code extract/context-cues-learned.tsv} says, for each key
 * met often enough on train, how many of the statements read in that frame found a gold attribution. The most specific
 * key met often enough decides; the verb reports what it governs (rule {@code context-cue}) only where that key was
 * right in at least {@link #SHARE} of its uses. A lemma as a whole is too coarse ("released the video" against
 * "released a statement"); its frame separates the senses.
 *
 * <p>{@link #forLearning()} makes a sieve that reads every verb in every frame and names each statement's rule
 * {@code context-cue:KEY}, the most specific key, so that {@code learn-cues --senses} can count them
 * ({@link Extractor#learningSenses()}).
 */
public final class ContextCueSieve implements StatementSieve {

    static final String RULE = "context-cue";
    /** A key decides only when it was read at least this often on train. */
    public static final int MIN = 6;
    /** … and fires only where at least this share of its statements found a gold attribution. */
    public static final double SHARE = 0.85;

    /** Relations under which a verb is no attribution, or one the outer verb holds ("says she pointed to …"). */
    private static final Set<String> NOT_ATTRIBUTING = Set.of("amod", "acl", "compound", "case", "fixed", "det",
            "aux", "aux:pass", "cop", "csubj", "nsubj", "obj", "obl", "nmod", "ccomp");
    private static final Set<String> NOBODY = Set.of("nobody", "none", "you", "it", "this", "that", "there");
    private static final int MAX_GAP = 4;

    /** Learned counts by key: {right, read, found only by it}. */
    private static final Map<String, int[]> TABLE = new HashMap<>();
    /** The verb lemmas with a frame the table accepts: their sentences are worth parsing. */
    static final Set<String> LEMMAS = new HashSet<>();
    /** The noun lemmas with a frame the table accepts ({@code n-…} frames). */
    static final Set<String> NOUN_LEMMAS = new HashSet<>();

    static {
        for (String[] row : Gazetteer.rows("/extract/context-cues-learned.tsv")) {
            if (!row[0].equals("key")) {
                continue;
            }
            int right = Integer.parseInt(Gazetteer.col(row, 2).strip());
            int fired = Integer.parseInt(Gazetteer.col(row, 3).strip());
            int added = Integer.parseInt(Gazetteer.col(row, 4).strip());
            String key = Gazetteer.col(row, 1).strip();
            TABLE.put(key, new int[]{right, fired, added});
            if (yes(TABLE.get(key))) {
                (key.contains("|n-") ? NOUN_LEMMAS : LEMMAS).add(key.substring(0, key.indexOf('|')));
            }
        }
    }

    /** True when the sieve reads every verb in every frame, for the learner, instead of applying the table. */
    private final boolean learning;

    /** The shipped sieve: it reads a verb only in a frame the learned table accepts. */
    ContextCueSieve() {
        this(false);
    }

    private ContextCueSieve(boolean learning) {
        this.learning = learning;
    }

    /** A sieve that reads every verb in every frame and names each statement's most specific key (learning). */
    static ContextCueSieve forLearning() {
        return new ContextCueSieve(true);
    }

    @Override
    public List<Found> find(Draft d) {
        List<Found> out = new ArrayList<>();
        Analysis a = d.analysis;
        for (int i = 0; i < a.tokens().size(); i++) {
            Analysis.Token t = a.token(i);
            if (t.tag().equals("NN") || t.tag().equals("NNS")) {
                Found f = noun(d, i, learning);
                if (f != null) {
                    out.add(f);
                }
                continue;
            }
            if (!t.tag().startsWith("VB") || !a.parsed(i) || !learning && !LEMMAS.contains(t.lowerLemma())
                    || d.resolver.insideQuote(t.start()) || d.cueTaken(t.start())
                    || NOT_ATTRIBUTING.contains(a.relation(i)) || passive(a, i) || insideStatement(d, t.start())) {
                continue;
            }
            Frame f = frame(d, i);
            if (f == null) {
                continue;
            }
            int subject = VerbCueSieve.subjectOf(d, i);
            if (subject < 0 || NOBODY.contains(a.token(subject).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String kind = subjectKind(a, subject);
            List<String> keys = keys(t.lowerLemma(), f.frame, f.head, kind);
            String rule;
            if (learning) {
                rule = RULE + ":" + t.lowerLemma() + "|" + f.frame + "|" + f.head + "|" + kind;
            } else if (accepted(keys)) {
                rule = RULE;
            } else {
                continue;
            }
            Found found = statement(d, i, f.lo, f.hi, d.sources.of(subject, i), rule);
            if (found != null) {
                out.add(found);
            }
        }
        return out;
    }

    /**
     * A noun whose holder is named, as its possessor ("his claim that …", "the union's criticism of …") or by a by- or
     * from-phrase, with a that-clause ({@code n-clause}) or a topic ({@code n-obl:PREP}): the frame's HEAD is the
     * lemma of the verb the noun is the object or subject of ("rejected his claim that …"), else its relation.
     */
    private static Found noun(Draft d, int i, boolean learning) {
        Analysis a = d.analysis;
        Analysis.Token t = a.token(i);
        String lemma = t.lowerLemma();
        if (!a.parsed(i) || !learning && !NOUN_LEMMAS.contains(lemma) || d.resolver.insideQuote(t.start())
                || d.cueTaken(t.start()) || insideStatement(d, t.start())) {
            return null;
        }
        int holder = -1;
        String kind = null;
        for (int c : a.children(i, "nmod:poss")) {
            if (c < i) {
                holder = c;
                kind = "poss-" + subjectKind(a, c);
            }
        }
        for (int c : a.children(i, "nmod")) {
            int[] r = a.subtree(c);
            String prep = a.token(r[0]).word().toLowerCase(Locale.ROOT);
            if (holder < 0 && c > i && "case".equals(a.relation(r[0])) && (prep.equals("by") || prep.equals("from"))) {
                holder = c;
                kind = "by-" + subjectKind(a, c);
            }
        }
        if (holder < 0) {
            return null;
        }
        Frame f = null;
        for (int c : a.children(i)) {
            String rel = a.relation(c);
            int[] r = a.subtree(c);
            if (c > i && c > holder && (rel.equals("ccomp") || rel.equals("acl"))
                    && a.token(r[0]).word().equalsIgnoreCase("that") && "mark".equals(a.relation(r[0]))) {
                f = new Frame("n-clause", "-", r[0] + 1, r[1]);
                break;
            }
            if (c > i && c != holder && rel.equals("nmod") && "case".equals(a.relation(r[0])) && r[0] - i <= 2
                    && !pronoun(a, c)) {
                String prep = a.token(r[0]).word().toLowerCase(Locale.ROOT);
                if (Set.of("of", "about", "on", "against", "over", "for", "to").contains(prep)) {
                    f = new Frame("n-obl:" + prep, "-", r[0] + 1, r[1]);
                    break;
                }
            }
        }
        if (f == null) {
            return null;
        }
        int gov = a.head(i);
        String context = gov >= 0 && a.token(gov).tag().startsWith("VB") ? a.token(gov).lowerLemma()
                : VerbCueSieve.base(String.valueOf(a.relation(i)));
        List<String> keys = keys(lemma, f.frame, context, kind);
        String rule;
        if (learning) {
            rule = RULE + ":" + lemma + "|" + f.frame + "|" + context + "|" + kind;
        } else if (accepted(keys)) {
            rule = RULE;
        } else {
            return null;
        }
        Sources.Source source;
        Analysis.Token h = a.token(holder);
        if (h.tag().equals("PRP$")) {
            String id = d.sources.pronoun(h.word().toLowerCase(Locale.ROOT), holder);
            source = id == null ? null : new Sources.Source(id, 0.5, h.start(), h.end());
        } else {
            source = d.sources.of(holder, i);
        }
        return source == null ? null : statement(d, i, f.lo, f.hi, source, rule);
    }

    /** Keys from specific to general: lemma, frame, head of what it governs, subject kind. */
    static List<String> keys(String lemma, String frame, String head, String subject) {
        return List.of(lemma + "|" + frame + "|" + head + "|" + subject, lemma + "|" + frame + "|" + head,
                lemma + "|" + frame + "|*|" + subject, lemma + "|" + frame);
    }

    /** Whether the most specific key met at least {@link #MIN} times on train was right often enough. */
    static boolean accepted(List<String> keys) {
        for (String k : keys) {
            int[] n = TABLE.get(k);
            if (n != null && n[1] >= MIN) {
                return yes(n);
            }
        }
        return false;
    }

    /** A key read often enough, right often enough, that found something no other statement found. */
    private static boolean yes(int[] n) {
        return n[1] >= MIN && n[0] >= SHARE * n[1] && n[2] > 0;
    }

    private record Frame(String frame, String head, int lo, int hi) {
    }

    /**
     * What the verb governs after it: a complement clause ({@code clause}, after its "that"), a noun object
     * ({@code obj}) or a topic after a preposition close to the verb ({@code obl:PREP}); null if none.
     */
    private static Frame frame(Draft d, int verb) {
        Analysis a = d.analysis;
        for (int c : a.children(verb)) {
            if (c > verb && a.relation(c).equals("ccomp")) {
                int[] r = a.subtree(c);
                int lo = r[0];
                if (a.token(lo).word().equalsIgnoreCase("that")) {
                    lo++;
                }
                return lo < r[1] ? new Frame("clause", "-", lo, r[1]) : null;
            }
        }
        for (int c : a.children(verb)) {
            if (c > verb && a.relation(c).equals("xcomp")) {
                return null; // "urged voters to act", "made it clear": not what was said
            }
        }
        for (int c : a.children(verb, "obj")) {
            if (c > verb && !pronoun(a, c)) {
                int[] r = a.subtree(c);
                return r[0] < r[1] ? new Frame("obj", head(d, c), r[0], r[1]) : null;
            }
        }
        for (int c : a.children(verb)) {
            if (c < verb || !a.relation(c).startsWith("obl") || pronoun(a, c)) {
                continue;
            }
            int[] r = a.subtree(c);
            if (!"case".equals(a.relation(r[0])) || r[0] - verb > MAX_GAP || r[0] + 1 > r[1]
                    || SpeakingCircumstance.of(a, c)) {
                continue;
            }
            for (int j = verb + 1; j < r[0]; j++) {
                if (a.token(j).tag().equals(",") || a.token(j).tag().startsWith("VB")) {
                    return null;
                }
            }
            String prep = a.token(r[0]).word().toLowerCase(Locale.ROOT);
            return new Frame("obl:" + prep, head(d, c), r[0] + 1, r[1]);
        }
        return null;
    }

    /**
     * The head of an object or topic as a key reads it: {@code doc} for a document or a noun of speech ("released a
     * statement", "made comments", "pointed to the report"), {@code name} for a name, else its lemma.
     */
    private static String head(Draft d, int head) {
        Analysis.Token t = d.analysis.token(head);
        String lemma = t.lowerLemma();
        if (ParticipleCueSieve.DOCUMENTS.contains(lemma) || d.lexicon.claimNoun(t.word()) != null) {
            return "doc";
        }
        return t.tag().startsWith("NNP") ? "name" : lemma;
    }

    private static String subjectKind(Analysis a, int subject) {
        String tag = a.token(subject).tag();
        if (tag.startsWith("PRP")) {
            return "pron";
        }
        return tag.startsWith("NNP") ? "name" : "noun";
    }

    private static boolean passive(Analysis a, int verb) {
        if (!a.children(verb, "aux:pass").isEmpty() || !a.children(verb, "nsubj:pass").isEmpty()) {
            return true;
        }
        return a.token(verb).tag().equals("VBN") && a.children(verb, "aux").isEmpty()
                && a.children(verb, "nsubj").isEmpty();
    }

    private static boolean pronoun(Analysis a, int head) {
        String tag = a.token(head).tag();
        return tag.equals("PRP") || tag.startsWith("W") || tag.equals("EX") || tag.equals("CD")
                || tag.equals("DT") && a.subtree(head)[0] == a.subtree(head)[1];
    }

    private static boolean insideStatement(Draft d, int cue) {
        for (Found f : d.statements) {
            if (f.start <= cue && cue < f.end) {
                return true;
            }
        }
        return false;
    }

    private static Found statement(Draft d, int cue, int lo, int hi, Sources.Source source, String rule) {
        Analysis a = d.analysis;
        int[] span = hi > lo ? ObjectTopicSieve.phrase(d, lo, hi) : null;
        if (span == null) {
            return null;
        }
        int start = span[0];
        int end = span[1];
        if (source == null || source.speaker() == null) {
            return null;
        }
        SpeechLexicon.Verb verb = d.lexicon.verb(a.token(cue).lemma());
        Found f = Found.of(start, end, false, source.speaker(), verb == null ? Act.STATEMENT : verb.act(), rule,
                source.confidence());
        f.sourceStart = source.start();
        f.sourceEnd = source.end();
        return f.cue(a.token(cue).start(), a.token(cue).end());
    }
}
