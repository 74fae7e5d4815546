package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * An attribution nested whole inside the clause another reports, with nothing but its own speaker before it there
 * ("Okafor said that Brandt had told her the depot was sold"). One of the two readings is kept:
 * <ul>
 *   <li>{@code relay-only}: the outer one is dropped; the inner statement records the outer speaker as its relay
 *   ({@link Relations#relays}), so the outer clause adds nothing the graph does not hold. (PolNeAR annotates the outer
 *   cue instead: on train, an outer verb with a clause complement holding a speech verb with its own subject is
 *   annotated outer only 566 times, inner only 35, both 52, and no gold content ever holds another attribution's cue.
 *   Keeping both readings here, or the outer one only, is measured in the session 13 "nested" report; the seed's
 *   curated gold keeps the inner one.) An "according to" account around the whole attribution keeps both readings,
 *   {@link OuterReadingKept}.</li>
 *   <li>{@code nested-deed}: the inner one is dropped and the outer one kept when the inner verb is not finite. An
 *   infinitive ("intended to say that …", "will say") is a plan, a wish or an expectation, and a gerund after a
 *   preposition ("apologize for suggesting that …") names a deed the outer speaker holds against the inner one:
 *   neither is the inner speaker's statement, as {@link Relations#deedsInsideClauses} decides for a deed named by an
 *   object. PolNeAR dev: 2 dropped (the outer statement finds the gold in both); train sample 3, none finding gold.</li>
 *   <li>{@code nested-denied}: the inner one is dropped and the outer one kept when the outer one is a denial ("He
 *   denied reports that the authority had threatened to cut the route", "She denied that she had told the mayor the
 *   plant would close"). A denial does not relay what it denies: keeping the inner reading would put in the graph, as
 *   the authority's threat relayed by the man who denies it, the very words he says were never said. The denial's
 *   own content holds them. (Before this rule, {@code relay-only} dropped the denial and kept the threat.) A
 *   quotation inside the denial stays: its words are in the text, whoever denies having said them.</li>
 * </ul>
 */
final class NestedAttributions {

    static final String NESTED_DEED = "nested-deed";
    static final String RELAY_ONLY = "relay-only";
    static final String NESTED_DENIED = "nested-denied";
    /** How far into the outer statement the inner cue may stand: the inner speaker's words and "that". */
    private static final int LEAD = 60;

    private NestedAttributions() {
    }

    /**
     * Of each outer statement and the inner one nested whole in it, drops one: the inner one when the outer one
     * denies it ({@code nested-denied}) or its verb names a deed ({@code nested-deed}), else the outer one
     * ({@code relay-only}). Returns what it dropped.
     */
    static List<DroppedStatement> apply(Draft draft, List<Found> statements) {
        Set<Found> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        List<DroppedStatement> dropped = new ArrayList<>();
        for (Found outer : statements) {
            Found inner = outer.reports;
            if (inner == null) {
                continue;
            }
            String reason;
            if (denied(draft.analysis, outer, inner, statements)) {
                reason = NESTED_DENIED;
            } else if (!nestedWhole(draft.text, outer, inner, statements)) {
                continue;
            } else if (BesideNotNested.beside(draft, outer, inner)) {
                BesideNotNested.unrelay(outer, inner);
                continue;
            } else {
                reason = finite(draft.analysis, inner.cue) ? RELAY_ONLY : NESTED_DEED;
            }
            if (reason.equals(RELAY_ONLY) && OuterReadingKept.kept(outer)) {
                continue; // both readings stay, the outer one reporting the inner one
            }
            Found drop = reason.equals(RELAY_ONLY) ? outer : inner;
            if (gone.add(drop)) {
                dropped.add(new DroppedStatement(drop.start, drop.end, drop.rule == null ? "(unnamed)" : drop.rule,
                        reason, ""));
            }
        }
        statements.removeAll(gone);
        for (Found f : statements) {
            while (f.reports != null && gone.contains(f.reports)) {
                f.reports = f.reports.reports; // what a dropped statement reported is what the one above reports
            }
        }
        return dropped;
    }

    /**
     * Whether the outer statement's words are the inner attribution and nothing else: the same end, the inner cue
     * near its start, no comma, semicolon or quotation mark before that cue, and the outer speaker as the inner's relay.
     */
    static boolean nestedWhole(String text, Found outer, Found inner, List<Found> statements) {
        if (outer.verbatim || inner.verbatim || inner.end != outer.end || inner.cue < outer.start
                || inner.cue - outer.start > LEAD || !statements.contains(inner)
                || !inner.reportedBy.contains(outer.speaker)) {
            return false;
        }
        return text.substring(outer.start, inner.cue).chars()
                .noneMatch(c -> c == ',' || c == ';' || c == '"' || Quotes.isDoubleOpener((char) c)
                        || Quotes.isDoubleCloser((char) c));
    }

    /**
     * Whether the outer statement is a denial whose own words hold the inner attribution's verb as a complement
     * (ccomp, xcomp, acl: "denied that she had told …", "denied reports that X had threatened …"), and not a quotation.
     * A claim named by a noun ("contradicting the police's earlier claim that …", "rejected claims by the union
     * that …") was made: the denial answers it, and {@link DeniedClaims} links the two. A verb joined to the denial's
     * ("rejected the idea … and said that …", "dismissed …, saying …") or in a relative clause ("remarks by an aide
     * who said …") is a saying of its own, which a denial span that runs on too far only seems to hold.
     */
    static boolean denied(Analysis analysis, Found outer, Found inner, List<Found> statements) {
        if (outer.act != Act.DENIAL || outer.verbatim || inner.verbatim || NominalClaims.nominal(inner)
                || inner.cue < outer.start || inner.cue >= outer.end || !statements.contains(inner)) {
            return false;
        }
        int t = analysis.tokenAt(inner.cue);
        if (t < 0 || !analysis.token(t).tag().startsWith("VB") || !analysis.parsed(t)) {
            return false;
        }
        String relation = analysis.relation(t);
        return "ccomp".equals(relation) || "xcomp".equals(relation) || "acl".equals(relation);
    }

    /** Whether the verb at {@code offset} is finite: not an infinitive, nor a gerund right after a preposition. */
    static boolean finite(Analysis analysis, int offset) {
        int t = analysis.tokenAt(offset);
        if (t < 0) {
            return true;
        }
        String tag = analysis.token(t).tag();
        return !tag.equals("VB") && !(tag.equals("VBG") && t > 0 && analysis.token(t - 1).tag().equals("IN"));
    }
}
