package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Rule {@code participle-past-subordinate}: "The president vowed to keep troops in the zone until the rebels withdraw,
 * saying that …". A participle set off by a comma at the end of a sentence tells more of what the main clause's
 * subject did; the parser hangs it on the nearest verb, which may be the verb of an adverbial clause ("until …",
 * "after …", "because …") with a subject of its own, and the subject search then gave the words to that clause's
 * subject ("the rebels"). The participle tells what the main clause's subject did while or after the adverbial
 * clause happened, so the search passes over that clause's subject to the clause the adverbial one belongs to. (When
 * that clause is itself a relative clause, the search stops at the relative clause's subject, which may still not be
 * the main clause's: one such sentence on PolNeAR dev.)
 */
final class ParticipleAfterSubordinate {

    /** Words that open an adverbial clause of time, cause, condition or concession. */
    private static final Set<String> SUBORDINATORS = Set.of("until", "till", "before", "after", "because", "since",
            "while", "whereas", "although", "though", "unless", "once", "when", "whenever", "if");

    private ParticipleAfterSubordinate() {
    }

    /**
     * Whether the subject search for the participle at {@code cue}, having reached the verb {@code v} it hangs on,
     * must pass over {@code v}'s subject: the cue is a present participle right after a comma, not joined to {@code v}
     * as its conjunct (a conjunct shares its subject), and {@code v} is a verb heading an adverbial clause opened by a
     * subordinator, ending before the comma. A noun or adjective predicate is not passed over: the parse may take a
     * noun "if" ("It is a big if, but she was in the capital, urging …") for the subordinator.
     */
    static boolean passOver(Analysis analysis, int cue, int v) {
        if (v == cue || !analysis.token(cue).tag().equals("VBG") || analysis.head(cue) != v
                || VerbCueSieve.base(analysis.relation(cue)).equals("conj") || !analysis.token(v).tag().startsWith("VB")
                || !VerbCueSieve.base(analysis.relation(v)).equals("advcl") || analysis.head(v) < 0) {
            return false;
        }
        int first = analysis.subtree(cue)[0];
        if (first != cue || first == 0 || first < v || !analysis.token(first - 1).word().equals(",")) {
            return false;
        }
        for (int m : analysis.children(v, "mark")) {
            if (m < v && SUBORDINATORS.contains(analysis.token(m).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the subject search goes on after passing over the adverbial clause headed by {@code v}: the nearest word
     * above it that has a subject ("was in the capital on Monday, two weeks before the council votes, urging …":
     * the parse may hang the clause on a noun of time first), else the clause's own head.
     */
    static int clauseAbove(Analysis analysis, int v) {
        int h = analysis.head(v);
        for (int x = h, guard = 0; x >= 0 && guard < 4; x = analysis.head(x), guard++) {
            if (!analysis.children(x, "nsubj").isEmpty()) {
                return x;
            }
        }
        return h;
    }
}
