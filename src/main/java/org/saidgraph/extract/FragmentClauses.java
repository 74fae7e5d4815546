package org.saidgraph.extract;

/**
 * A quotation that is only a fragment of a clause a speech verb reports is one statement with that clause (issue 10,
 * point 2): in "the mayor said that the plan was “dead on arrival” by spring" what the mayor said is the whole clause,
 * not the three quoted words. The clause is read from the parse: the nearest clause above the quotation's first word
 * that is the clause complement ({@code ccomp}) of a verb of the speech lexicon outside any quotation. The statement
 * is that clause (without its "that"), said by the verb's subject (or by the quotation's speaker when the verb has
 * none, as a participle: "saying that …"); rule {@value #RULE}.
 *
 * <p>Only quotations that no speech verb introduces are widened (a rule of its own attributed them, not the verb's
 * parse), and only when the clause holds at least two words outside the quotation: a quotation that is the whole
 * clause stays a quotation. A title ({@link TitleQuotes#titleCase}) is not widened, nor a fragment of a clause that
 * holds a reporter's aside between dashes, nor one whose clause would take in a quotation already attributed.
 */
final class FragmentClauses {

    static final String RULE = "quote-fragment-clause";
    static final String ANY_VERB_RULE = "quote-fragment-any-verb";
    private static final java.util.Set<String> GUESSED = java.util.Set.of("quote-last-speaker", "quote-sentence-verb",
            "quote-sentence-subject", "quote-carry-over", QuoteClauseSubject.RULE);

    /** Words the clause must hold outside the quotation for the quotation to be a fragment of it. */
    private static final int WORDS_OUTSIDE = 2;

    private FragmentClauses() {
    }

    /**
     * The statement of the reported clause of which {@code q} is a fragment, attributed as {@code quoted} was unless
     * the clause's verb names its own subject; null when {@code q} is no such fragment.
     */
    static Found widen(Draft d, Quote q, Found quoted) {
        Analysis a = d.analysis;
        int first = a.tokenAt(q.start());
        if (first < 0 || !a.parsed(first) || quoted.rule == null || quoted.rule.startsWith("verb-")) {
            return null;
        }
        int clause = clauseAbove(d, first, true);
        // A guessed quotation (the last speaker, a verb or subject somewhere in the sentence, carried over) in the
        // clause complement of a verb outside the lexicon ("sniped that …", "his answer was that …", "thought …") is
        // that clause, said by the verb's own subject (rule ANY_VERB_RULE; none without a subject that names someone).
        // All 840 PolNeAR train: 13 statements, 9 find gold (speaker right 7 of 8), where the guessed fragments were
        // false (too short); direct found +4, direct speaker +5.
        boolean anyVerb = clause < 0 && GUESSED.contains(quoted.rule);
        if (anyVerb) {
            clause = clauseAbove(d, first, false);
        }
        if (clause < 0) {
            return null;
        }
        int cue = a.head(clause);
        int[] span = ParticipleClauses.range(a, d.lexicon, clause, cue);
        int lo = span[0];
        int hi = span[1];
        if (a.token(lo).word().equalsIgnoreCase("that") && lo < hi) {
            lo++;
        }
        while (lo < hi && isPunctuation(a.token(lo).word()) && !a.token(lo).word().matches("``|[\"“‘']")) {
            lo++;
        }
        while (hi > lo && isPunctuation(a.token(hi).word()) && !a.token(hi).word().matches("''|[\"”’']")) {
            hi--;
        }
        int start = Math.min(a.token(lo).start(), q.open());
        // A clause that takes in the opening mark takes in the closing one: never a quotation left unclosed. An
        // unclosed quotation at the very end of the text has its "closing mark" at the text's end, one past it.
        int end = Math.min(d.text.length(), Math.max(a.token(hi).end(), start <= q.open() ? q.after() : q.end()));
        if (start > q.open() || wordsOutside(d.text, start, end, q) < WORDS_OUTSIDE
                || TitleQuotes.titleCase(q.text(d.text)) || aside(d.text, start, end, q)) {
            return null;
        }
        Found f = new Found(start, end, false);
        f.rule = anyVerb ? ANY_VERB_RULE : RULE;
        f.speaker = quoted.speaker;
        f.confidence = quoted.confidence;
        f.sourceStart = quoted.sourceStart;
        f.sourceEnd = quoted.sourceEnd;
        f.reportedBy.addAll(quoted.reportedBy);
        boolean ownSubject = false;
        for (int s : a.children(cue, "nsubj")) {
            Sources.Source source = d.sources.of(s, cue);
            if (source != null && source.speaker() != null) {
                f.speaker = source.speaker();
                f.confidence = source.confidence();
                f.sourceStart = source.start();
                f.sourceEnd = source.end();
                f.reportedBy.remove(f.speaker);
                ownSubject = true;
            }
            break;
        }
        if (anyVerb && !ownSubject) {
            return null;
        }
        f.cue(a.token(cue).start(), a.token(cue).end());
        f.act = d.clauses.actOf(a.token(cue).word());
        return f;
    }

    /**
     * The nearest clause above token {@code first} that is the clause complement ({@code ccomp}) of a verb outside
     * any quotation — of a verb of the speech lexicon when {@code speech}, else of any verb —, or -1.
     */
    private static int clauseAbove(Draft d, int first, boolean speech) {
        Analysis a = d.analysis;
        int t = first;
        for (int guard = 0; guard < 100 && t >= 0; guard++) {
            int head = a.head(t);
            if (head < 0 || head == Analysis.ROOT) {
                return -1;
            }
            Analysis.Token h = a.token(head);
            String rel = a.relation(t);
            if (rel != null && rel.equals("ccomp") && h.tag().startsWith("VB")
                    && (!speech || d.lexicon.verb(h.lemma()) != null) && !d.resolver.insideQuote(h.start())) {
                return t;
            }
            t = head;
        }
        return -1;
    }

    /**
     * Whether the clause holds a dash outside the quotation: a reporter's aside ("Jane Roe — never one to hold back —
     * has been “furious,” a friend said") that the annotators of PolNeAR leave out of what was said, so that the
     * clause with it is too long to match and the quotation alone is the better statement.
     */
    private static boolean aside(String text, int start, int end, Quote q) {
        String outside = outside(text, start, end, q);
        return outside.contains("—") || outside.contains("--") || outside.contains(" – ");
    }

    /** The words of {@code [start, end)} before and after the quotation. */
    private static String outside(String text, int start, int end, Quote q) {
        return text.substring(start, Math.max(start, Math.min(end, q.open()))) + " "
                + text.substring(Math.min(end, Math.max(start, q.after())), end);
    }

    private static int wordsOutside(String text, int start, int end, Quote q) {
        int words = 0;
        for (String w : outside(text, start, end, q).strip().split("\\s+")) {
            if (w.chars().anyMatch(Character::isLetterOrDigit)) {
                words++;
            }
        }
        return words;
    }

    private static boolean isPunctuation(String word) {
        return !word.isEmpty() && word.chars().noneMatch(Character::isLetterOrDigit);
    }
}
