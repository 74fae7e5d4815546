package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quotation that opens a reported clause before its attribution, the clause going on in lower case after the
 * closing mark ("“We were outplayed” in every round, the coach said"), is part of that one statement, not a second
 * statement of the same speaker ({@link QuotationOpensClause}). The sentences are written for these tests.
 */
class QuotationOpensClauseTest {

    @Test
    void aQuotationOpeningTheClauseBeforeItsAttributionIsNotASecondStatement() {
        Extraction x = Extraction.of("The ferry vote was close.\n\n\"Ferries on the hour\" would cost the town too "
                + "much, Ana Okafor said.", SharedCoreNlp.ANALYZER);
        assertThat(x.containing("would cost the town").text()).contains("Ferries on the hour");
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().equals("Ferries on the hour"));
    }

    @Test
    void onlyALongerClauseOfTheSameSpeakerThatGoesOnInLowerCase() {
        String text = "“The harbour fund is nearly empty” after three wet winters and a storm, she said. “Repairs wait.” "
                + "Then the crews went home";
        Found quote = found(text, text.indexOf('“') + 1, text.indexOf('”'), "quote-sentence-verb", "okafor");
        Found clause = found(text, 0, text.indexOf(", she"), "verb-before", "okafor");
        assertThat(QuotationOpensClause.opens(text, quote, clause)).isTrue();
        assertThat(QuotationOpensClause.opens(text, quote, found(text, 0, text.indexOf(", she"), "verb-before",
                "brandt"))).as("another speaker's clause").isFalse();
        assertThat(QuotationOpensClause.opens(text, quote, found(text, 0, text.indexOf(", she"),
                "verb-complement", "okafor"))).as("a clause read after its cue").isFalse();
        int second = text.indexOf("“Repairs");
        Found next = found(text, second + 1, text.indexOf('”', second), "quote-sentence-verb", "okafor");
        assertThat(QuotationOpensClause.opens(text, next, found(text, second, text.length(), "verb-before",
                "okafor"))).as("a sentence of its own: upper case after the mark").isFalse();
    }

    private static Found found(String text, int start, int end, String rule, String speaker) {
        Found f = new Found(start, end, true);
        f.rule = rule;
        f.speaker = speaker;
        return f;
    }
}
