package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An {@code according-to} reading cut across another speaker's quotation and its attribution ("…,” Okafor said,
 * according to the Gazette") is a second copy of a piece of that quotation, not the outlet's own statement
 * ({@link RelayedAttributionInside}). The sentences are written for these tests.
 */
class RelayedAttributionInsideTest {

    private static final String TEXT = "“The crews are ready. We will reopen the crossing in May,” Okafor said, "
            + "according to the Lakeside Gazette. “The boats are sound.”";

    @Test
    void anOutletNamedAfterASplitQuotationDoesNotGetItsFirstPieceAsAStatement() {
        Extractor.Traced t = Extraction.traced("The harbour board put off its vote on the ferry plan on Tuesday.\n\n"
                + "\"We will reopen the crossing before the summer,\" Okafor said, according to the Lakeside Gazette. "
                + "\"The crews are ready and the boats are sound.\"\n", SharedCoreNlp.ANALYZER);
        assertThat(t.dataset().statements()).anySatisfy(s -> assertThat(s.text()).contains("reopen the crossing"))
                .noneMatch(s -> "according-to".equals(t.rules().get(s.id())));
        assertThat(t.dropped()).extracting(DroppedStatement::filter).contains(RelayedAttributionInside.FILTER);
    }

    @Test
    void anOutletNamedAfterTheLastSentenceOfALongerQuotationDoesNotGetThatSentence() {
        Extractor.Traced t = Extraction.traced("The harbour board put off its vote on the ferry plan on Tuesday.\n\n"
                + "\"The crews are ready and the boats are sound. We will reopen the crossing before the summer,\" "
                + "Okafor said, according to the minutes kept by the board.\n", SharedCoreNlp.ANALYZER);
        assertThat(t.dataset().statements()).noneMatch(s -> "according-to".equals(t.rules().get(s.id())));
        assertThat(t.dropped()).extracting(DroppedStatement::filter).contains(RelayedAttributionInside.FILTER);
    }

    @Test
    void aReadingCutAcrossAnotherSpeakersQuotationAndItsCueRelaysIt() {
        Found quotation = quotation();
        int piece = TEXT.indexOf("We will");
        Found reading = found(piece, TEXT.indexOf(", according"), "according-to", "gazette");
        assertThat(RelayedAttributionInside.relays(TEXT, reading, quotation)).isTrue();
        assertThat(RelayedAttributionInside.relays(TEXT, found(piece, TEXT.indexOf(", according"), "according-to",
                "okafor"), quotation)).as("the quotation's own speaker").isFalse();
    }

    @Test
    void aReadingThatHoldsTheWholeQuotationMayBeTheOutletsOwnAttribution() {
        Found quotation = found(1, TEXT.indexOf(",” Okafor"), "verb-before", "okafor");
        quotation.cue(TEXT.indexOf("said"), TEXT.indexOf("said") + 4);
        Found reading = found(0, TEXT.indexOf(", according"), "according-to", "gazette");
        assertThat(RelayedAttributionInside.relays(TEXT, reading, quotation)).isFalse();
    }

    @Test
    void aReadingWithMoreWordsOfItsOwnIsNotOnlyTheRelay() {
        String text = "“We will reopen the crossing in May,” Okafor said, and the council agreed that the harbour "
                + "fund would pay for new ramps, according to the Lakeside Gazette.";
        Found quotation = found(1, text.indexOf(",” Okafor"), "verb-before", "okafor");
        quotation.cue(text.indexOf("said"), text.indexOf("said") + 4);
        quotation.sourceStart = text.indexOf("Okafor");
        quotation.sourceEnd = quotation.sourceStart + "Okafor".length();
        int piece = text.indexOf("the crossing");
        assertThat(RelayedAttributionInside.relays(text, found(piece, text.indexOf(", according"), "according-to",
                "gazette"), quotation)).isFalse();
    }

    /** The quotation in two parts around its attribution, as the quote sieves join it. */
    private static Found quotation() {
        Found q = found(1, TEXT.lastIndexOf('”'), "verb-before", "okafor");
        q.cue(TEXT.indexOf("said"), TEXT.indexOf("said") + 4);
        q.sourceStart = TEXT.indexOf("Okafor");
        q.sourceEnd = q.sourceStart + "Okafor".length();
        return q;
    }

    private static Found found(int start, int end, String rule, String speaker) {
        Found f = new Found(start, end, true);
        f.rule = rule;
        f.speaker = speaker;
        return f;
    }
}
