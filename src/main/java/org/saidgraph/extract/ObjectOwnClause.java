package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Cut {@code object-own-clause}: a statement that is a speech verb's noun object or the phrase a verb pattern reads
 * after it ("praised the new schedule", "called for a single toll") and that runs on into a clause with a subject of
 * its own after ", and", ", but" or a semicolon — "The mayor stressed her worries at the forum<i>, and the council
 * repeated them a week later</i>", "She calls for a single toll<i>; her rival wants to keep the old fares</i>" —
 * ends before it: a noun phrase takes no clause, so that clause is the reporter's next sentence joined to the
 * speaker's. Not when the statement is itself a clause ("that …", "whether …", or the cue's complement in the parse):
 * "said that A, but B does" is often what was said, as {@link CueConjunctEnd} found for a conjunct with its own
 * subject. On all 840 PolNeAR train articles (session 26) it cut 5 statements, 2 attributions newly found (one direct,
 * one reported, both strict), none lost; a subordinate clause with its own subject (", as he …", "while …",
 * "because …") and a participle after a comma cut the same way lost more than they found.
 */
final class ObjectOwnClause implements ReportedSpanBounds.Cut {

    private static final Set<String> RULES = Set.of("verb-object", NameObject.RULE, PronounObject.RULE,
            "pattern-verb", "object-topic", "object-noun");
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether", "if", "how", "why", "what", "when",
            "where", "who");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "yet", "so", "or");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    @Override
    public String name() {
        return "object-own-clause";
    }

    @Override
    public int end(Draft draft, Found f) {
        Analysis a = draft.analysis;
        int cue = ReportedSpanBounds.cueBefore(a, f);
        int first = a.tokenAt(f.start);
        if (!RULES.contains(f.rule) || cue < 0 || first < 0 || !a.parsed(cue)
                || a.sentenceOf(cue) != a.sentenceOf(first) || clauseContent(a, cue, first, f)) {
            return f.end;
        }
        for (int i = first + 2; i + 2 < a.tokens().size() && a.token(i + 1).start() < f.end; i++) {
            if (a.sentenceOf(i) != a.sentenceOf(first) || draft.resolver.insideQuote(a.token(i).start())) {
                continue;
            }
            String w = a.token(i).word();
            int subject;
            if (w.equals(";")) {
                subject = i + 1;
            } else if (w.equals(",") && CONJUNCTIONS.contains(a.token(i + 1).word().toLowerCase(Locale.ROOT))) {
                subject = i + 2;
            } else {
                continue;
            }
            if (ownClause(a, subject, f)) {
                return ReportedSpanBounds.before(draft, i, f.start);
            }
        }
        return f.end;
    }

    /** Whether the statement is itself a clause: it opens with a complementizer or holds the cue's clausal complement. */
    private static boolean clauseContent(Analysis a, int cue, int first, Found f) {
        if (CLAUSE_OPENERS.contains(a.token(first).word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (int c : a.children(cue, "ccomp")) {
            if (c >= first && a.token(c).start() < f.end) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words from {@code subject} open with the subject of a finite verb that stands in the statement. */
    private static boolean ownClause(Analysis a, int subject, Found f) {
        for (int j = subject; j < subject + 6 && j < a.tokens().size() && a.token(j).start() < f.end; j++) {
            String rel = a.relation(j);
            if (rel != null && (rel.equals("nsubj") || rel.equals("nsubj:pass") || rel.equals("expl"))
                    && a.subtree(j)[0] == subject) {
                int verb = a.head(j);
                return verb > j && a.token(verb).start() < f.end && finite(a, verb);
            }
        }
        return false;
    }

    /** Whether {@code verb} is finite: by its own tag or by its auxiliary's or copula's. */
    private static boolean finite(Analysis a, int verb) {
        if (FINITE.contains(a.token(verb).tag())) {
            return true;
        }
        for (int c : a.children(verb)) {
            String rel = VerbCueSieve.base(a.relation(c));
            if ((rel.equals("aux") || rel.equals("cop")) && FINITE.contains(a.token(c).tag())) {
                return true;
            }
        }
        return false;
    }
}
