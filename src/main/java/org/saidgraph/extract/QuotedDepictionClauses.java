package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Step {@code quote-depiction-clause} (issue 10, point 2): a quoted fragment in the object or complement of a verb
 * that characterizes something in words ({@code extract/depiction-verbs.tsv}: "referred to the plan as “a
 * betrayal”", "called the former mayor less a helmsman than “a drifting anchor” for the party", "credited her with
 * keeping “the whole port afloat”") is a fragment of what the verb's subject said: the statement is the verb's
 * complement, said by that subject, with the verb as its cue. PolNeAR annotates the complement as the content; the
 * quotation alone is too short to match it.
 *
 * <p>Read from the parse: from the quotation's head, up at most three heads to the first word with a subject outside
 * the quotation; that word must be such a verb, outside the quotation, with an active subject ({@code nsubj}: a
 * passive subject is who was called so, not who spoke) that names a speaker ({@link Sources}). The statement runs
 * from the verb's first dependent after it to the end of its last, leaving out coordinated verbs, a parenthetical
 * clause, and a clause opened by "while", "when", "after" …  (another act of the subject's). Not widened: a quotation
 * whose own attribution is another verb of the sentence ("… as “a loony toon,” the paper said"), a clause that would
 * hold nothing outside the quotation, or one overlapping a reported statement already found; for the verbs
 * marked {@code as} in the list ("introduce", "refer", "cast" …), a verb without an "as" phrase: "introduced her as
 * “…”" characterizes, "introduced the “…” plan" does not.
 */
final class QuotedDepictionClauses {

    static final String RULE = "quote-depiction-clause";

    /** The verbs, as lemmas. */
    static final Set<String> VERBS = Gazetteer.rows("/extract/depiction-verbs.tsv").stream()
            .map(r -> r[0].strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    /** The verbs whose fragment must be in an "as" phrase ("introduced her as “…”"). */
    private static final Set<String> AS_ONLY = Gazetteer.rows("/extract/depiction-verbs.tsv").stream()
            .filter(r -> Gazetteer.col(r, 1).strip().equals("as")).map(r -> r[0].strip().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    /** Subordinators that open another act of the subject's after the complement ("… while calling for …"). */
    private static final Set<String> NEXT_ACT = Set.of("while", "when", "after", "before", "because", "since", "as",
            "if", "though", "although", "until");

    /** How many heads up from the quotation's head the verb may be. */
    private static final int HEADS_UP = 3;

    private QuotedDepictionClauses() {
    }

    /** The statement of the verb's complement of which {@code q} is a fragment, or null when it is no such fragment. */
    static Found widen(Draft d, Quote q, Found quoted) {
        Analysis a = d.analysis;
        int first = a.tokenAt(q.start());
        if (first < 0 || !a.parsed(first) || quoted.rule == null || quoted.rule.startsWith("verb-")) {
            return null;
        }
        int h = first;
        for (int guard = 0; guard < 100; guard++) {
            int up = a.head(h);
            if (up < 0 || !inside(a, up, q)) {
                break;
            }
            h = up;
        }
        int v = h;
        for (int up = 0; up < HEADS_UP && subject(a, v, q) < 0; up++) {
            v = a.head(v);
            if (v < 0) {
                return null;
            }
        }
        int subject = subject(a, v, q);
        Analysis.Token verb = a.token(v);
        if (subject < 0 || inside(a, v, q) || !verb.tag().startsWith("VB") || !a.relation(subject).equals("nsubj")
                || !VERBS.contains(verb.lowerLemma())) {
            return null;
        }
        if (AS_ONLY.contains(verb.lowerLemma()) && !inAsPhrase(a, h, v, q)) {
            return null;
        }
        int cue = quoted.cue >= 0 ? a.tokenAt(quoted.cue) : -1;
        if (cue >= 0 && cue != v && a.sentenceOf(cue) == a.sentenceOf(v) && !a.dominates(v, cue)
                && !inside(a, cue, q)) {
            return null;
        }
        Sources.Source source = d.sources.of(subject, v);
        if (source == null || source.speaker() == null) {
            return null;
        }
        int[] range = trimmedComplement(a, v);
        if (range == null) {
            return null;
        }
        int lo = range[0];
        int hi = range[1];
        int start = Math.min(a.token(lo).start(), q.open());
        int end = Math.max(a.token(hi).end(), q.after());
        if (start > q.open() || start >= q.open() && end <= q.after() || a.token(lo).start() > q.open()
                || a.token(hi).end() < q.end()) {
            return null;
        }
        for (Found o : d.statements) {
            if (!o.quoteOnly && o.start < end && start < o.end) {
                return null;
            }
        }
        Found f = Found.of(start, end, false, source.speaker(), d.clauses.actOf(verb.word()), RULE,
                Math.min(quoted.confidence, source.confidence()));
        f.sourceStart = source.start();
        f.sourceEnd = source.end();
        f.reportedBy.addAll(quoted.reportedBy);
        f.reportedBy.remove(f.speaker);
        return f.cue(verb.start(), verb.end());
    }

    /**
     * {@link #complement} without punctuation at its ends, though an opening or closing quotation mark stays: the
     * tokens {@code [first, last]}, or null when the verb has no complement.
     */
    static int[] trimmedComplement(Analysis a, int v) {
        int[] range = complement(a, v);
        if (range == null) {
            return null;
        }
        int lo = range[0];
        int hi = range[1];
        while (lo < hi && punctuation(a.token(lo).word()) && !a.token(lo).tag().equals("``")) {
            lo++;
        }
        while (hi > lo && punctuation(a.token(hi).word()) && !a.token(hi).tag().equals("''")) {
            hi--;
        }
        return new int[]{lo, hi};
    }

    /**
     * The tokens {@code [first, last]} of the verb's dependents after it, from the first to the last before a
     * coordinated verb, a parenthetical clause, or a clause another act opens; null when it has none.
     */
    static int[] complement(Analysis a, int v) {
        int lo = -1;
        int hi = -1;
        for (int c : a.children(v)) {
            String rel = a.relation(c);
            if (c < v || rel == null || rel.equals("punct") || rel.startsWith("aux") || rel.equals("compound:prt")) {
                continue;
            }
            if (rel.startsWith("conj") || rel.equals("cc") || rel.startsWith("parataxis") || nextAct(a, c, rel)) {
                break;
            }
            int[] sub = a.subtree(c);
            lo = lo < 0 ? sub[0] : lo;
            hi = sub[1];
        }
        if (lo < 0) {
            return null;
        }
        Analysis.Sentence s = a.sentences().get(a.sentenceOf(v));
        return new int[]{Math.max(lo, s.first()), Math.min(hi, s.end() - 1)};
    }

    private static boolean nextAct(Analysis a, int c, String rel) {
        if (!rel.startsWith("advcl")) {
            return false;
        }
        for (int m : a.children(c, "mark")) {
            if (NEXT_ACT.contains(a.token(m).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb has an "as" phrase: the fragment's head {@code h} or a word on its way up to the verb, or one
     * of the verb's own dependents (the parser may hang the fragment beside the phrase: "framed herself as the
     * fallback pick for the “…” crowd"), has "as" as its case or mark, or the quotation opens with "as".
     */
    private static boolean inAsPhrase(Analysis a, int h, int v, Quote q) {
        if (a.token(a.tokenAt(q.start())).word().equalsIgnoreCase("as")) {
            return true;
        }
        List<Integer> heads = new ArrayList<>(a.children(v));
        for (int t = h; t >= 0 && t != v; t = a.head(t)) {
            heads.add(t);
        }
        for (int t : heads) {
            for (int c : a.children(t)) {
                String rel = a.relation(c);
                if (a.token(c).word().equalsIgnoreCase("as") && ("case".equals(rel) || "mark".equals(rel))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int subject(Analysis a, int v, Quote q) {
        for (int c : a.children(v)) {
            String rel = a.relation(c);
            if (rel != null && (rel.equals("nsubj") || rel.equals("nsubj:pass")) && !inside(a, c, q)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean inside(Analysis a, int t, Quote q) {
        Analysis.Token token = a.token(t);
        return token.start() >= q.open() && token.end() <= q.after();
    }

    private static boolean punctuation(String word) {
        return !word.isEmpty() && word.chars().noneMatch(Character::isLetterOrDigit);
    }
}
