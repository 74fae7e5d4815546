package org.saidgraph.extract;

import java.util.List;
import java.util.Set;

/**
 * Step {@code relative-attribution}, after {@link CoordinateAttributions}: a reported statement read after its cue
 * ends before a relative clause, set off by a comma or a dash, whose verb is the cue of another statement with a
 * subject of its own ("offered few details beyond a speech in May<i>, in which she called for …</i>", "said the
 * bridge would be built<i> - at which point the dockers chanted “…”</i>"). The relative clause is a second saying,
 * by its own speaker, about the noun before it; PolNeAR annotates the outer content up to the comma and the inner
 * attribution apart. Kept whole: a relative clause whose subject is the relative pronoun ("a plan, which he
 * argued would …" is a different shape: "which" is part of what was said and the verb has no subject of its own),
 * so {@link CoordinateAttributions} leaves relative clauses alone.
 */
final class RelativeAttributions {

    static final String RELATIVE_ATTRIBUTION = "relative-attribution";
    private static final Set<String> RELATIVE_TAGS = Set.of("WDT", "WP", "WP$", "WRB");

    private RelativeAttributions() {
    }

    /** Ends each reported statement before the attributing relative clause inside it. */
    static void apply(Draft draft, List<Found> statements) {
        CoordinateAttributions.endBefore(draft, statements, RELATIVE_ATTRIBUTION, RelativeAttributions::end);
    }

    /** Where {@code outer} ends when {@code inner}'s cue opens an attributing relative clause inside it. */
    static int end(Draft draft, Found outer, Found inner) {
        if (inner == outer || inner.cue <= outer.start || inner.cue >= outer.end || inner.start < inner.cueEnd) {
            return outer.end;
        }
        Analysis a = draft.analysis;
        int open = open(a, outer, inner);
        if (open < 0 || open <= a.tokenAt(outer.start) || draft.resolver.insideQuote(a.token(open).start())) {
            return outer.end;
        }
        int end = ReportedSpanBounds.before(draft, open, outer.start);
        return end > outer.start && StatementFeatures.words(draft.text, outer.start, end) >= 2 ? end : outer.end;
    }

    /**
     * The first token of the relative clause set off by a comma or dash after {@code outer}'s cue whose verb is
     * {@code inner}'s cue with a subject of its own, or -1. {@link Relations#deedsInsideClauses} keeps such an inner
     * reading: it is a second saying, not a deed the outer statement names.
     */
    static int open(Analysis a, Found outer, Found inner) {
        int cue = outer.cue < 0 ? -1 : a.tokenAt(outer.cue);
        int verb = inner.cue < 0 ? -1 : a.tokenAt(inner.cue);
        if (outer.speaker == null || !outer.speaker.equals(inner.speaker) || cue < 0 || verb <= cue || !a.parsed(verb) || a.sentenceOf(cue) != a.sentenceOf(verb)
                || !"acl:relcl".equals(a.relation(verb)) || !ownSubject(a, verb)) {
            return -1;
        }
        int open = a.subtree(verb)[0];
        return open > cue + 1 && relativeWord(a, open, verb) && setOff(a.token(open - 1)) ? open : -1;
    }

    /** Whether the relative clause's verb has a subject other than the relative pronoun. */
    private static boolean ownSubject(Analysis a, int verb) {
        List<Integer> subjects = a.children(verb, "nsubj");
        return !subjects.isEmpty() && subjects.stream().noneMatch(s -> RELATIVE_TAGS.contains(a.token(s).tag())
                || "that".equalsIgnoreCase(a.token(s).word()));
    }

    /** Whether a relative word ("which", "whom", "where") opens the clause, after at most a preposition. */
    private static boolean relativeWord(Analysis a, int open, int verb) {
        for (int t = open; t < verb && t <= open + 1; t++) {
            if (RELATIVE_TAGS.contains(a.token(t).tag())) {
                return !(a.head(t) == verb && a.relation(t).startsWith("obj")) || clauseAfter(a, verb);
            }
        }
        return false;
    }

    /**
     * Whether the verb goes on with a clause of its own ("which he said had hurt the harbour": the parse makes the
     * relative pronoun the verb's object, but it is the reported clause's subject), not with what the object was
     * called ("which he called “a disgrace”", a characterization the annotators keep inside the outer content).
     */
    private static boolean clauseAfter(Analysis a, int verb) {
        return a.children(verb).stream().anyMatch(c -> c > verb && a.token(c).tag().startsWith("VB")
                && ("ccomp".equals(a.relation(c)) || "dep".equals(a.relation(c))));
    }

    private static boolean setOff(Analysis.Token t) {
        return t.word().equals(",") || t.word().chars().allMatch(c -> "-–—".indexOf(c) >= 0);
    }
}
