package org.saidgraph.extract;

import java.util.List;
import java.util.Objects;

/**
 * Filter {@value #FILTER}: an {@code according-to} reading cut across another speaker's quotation and its attribution
 * ("“The crews are ready. We will reopen the crossing in May,” Okafor said, according to the Gazette" read as the
 * Gazette's "We will reopen the crossing in May,” Okafor said") is a second copy of a piece of that quotation, which
 * the quotation's own statement already gives its speaker; the outlet only relays it. Such a piece meets a gold
 * content that the quotation finds, or none, and each copy is one more false statement. Only a reading that does not
 * hold the whole quotation: one that does ("“…,” Okafor said, according to a wire account") is as often the outlet's
 * own attribution in PolNeAR's gold (its Source the outlet), and dropping those lost finds and speakers (session 30,
 * docs/extraction.md). Only {@code according-to}: other clause readings that run over a cue are as often a clause
 * the gold has (session 28 measured that wider filter and rejected it). Run with the other late filters, after
 * every cut.
 */
final class RelayedAttributionInside {

    static final String FILTER = "relayed-attribution-inside";
    private static final String RULE = AccordingToSieve.RULE;
    /**
     * Letters beside the quotation and its attribution that a relaying reading may hold (a place, an occasion); on
     * all 840 train no relaying reading held more, so the bound only guards against a long clause of its own.
     */
    static final int REST = 30;

    private RelayedAttributionInside() {
    }

    /** Drops the relaying readings; returns what it dropped. */
    static List<DroppedStatement> apply(Draft draft, List<Found> statements) {
        return DroppedStatement.dropAll(draft, statements, FILTER, f -> RULE.equals(f.rule)
                && statements.stream().anyMatch(o -> relays(draft.text, f, o)));
    }

    /**
     * Whether {@code f} relays {@code o}, a quotation of another speaker: {@code f} holds the whole cue of {@code o}
     * but not the whole quotation, and beside the quotation's span and the attribution that names its speaker
     * ("Okafor said", "said Okafor") only {@value #REST} letters or fewer ("at a rally"), so that it says nothing of
     * its own.
     */
    static boolean relays(String text, Found f, Found o) {
        if (o == f || !o.verbatim || o.cue < 0 || o.cueEnd <= o.cue || Objects.equals(o.speaker, f.speaker)
                || f.start > o.cue || o.cueEnd > f.end || f.start <= o.start && o.end <= f.end) {
            return false; // a reading that holds the whole quotation may be the outlet's own attribution of it
        }
        int from = o.sourceStart >= 0 ? Math.min(o.cue, o.sourceStart) : o.cue;
        int to = o.sourceEnd >= 0 ? Math.max(o.cueEnd, o.sourceEnd) : o.cueEnd;
        int rest = 0;
        for (int i = f.start; i < f.end; i++) {
            boolean quotation = i >= o.start && i < o.end;
            boolean attribution = i >= from && i < to;
            if (!quotation && !attribution && Character.isLetterOrDigit(text.charAt(i))) {
                rest++;
            }
        }
        return rest <= REST;
    }
}
