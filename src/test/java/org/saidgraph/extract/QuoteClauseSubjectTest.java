package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotations that used to fall to the last speaker named before them: one inside a sentence of narration is said by
 * the subject (or the possessor of the noun it hangs on) of the clause that holds it (rule
 * {@value QuoteClauseSubject#RULE}); a paragraph that is only a quotation, signed "- Name" on the next line, is that
 * name's (rule {@value SignedBelow#RULE}). The sentences are written for these tests.
 */
class QuoteClauseSubjectTest {

    private static final ListTagger PEOPLE = ListTagger.people("Lena Brandt", "Ana Okafor", "Tom Reyes");

    private static Extractor.Traced traced(String text) {
        return Extraction.traced(text, PEOPLE);
    }

    private static String ruleOf(Extractor.Traced t, String words) {
        Statement s = new Extraction(t.dataset()).containing(words);
        return t.rules().get(s.id());
    }

    @Test
    void aPronounSubjectOfTheNarrationHoldingTheQuotationIsItsSpeaker() {
        Extractor.Traced t = traced("Tom Reyes said the harbour would reopen in May. Ana Okafor has run the ferry "
                + "board since the spring. She compared the new timetable to “a puzzle nobody asked the riders to "
                + "solve.”");
        Extraction x = new Extraction(t.dataset());
        assertThat(x.name(x.containing("a puzzle nobody asked").speaker())).isEqualTo("Ana Okafor");
        assertThat(ruleOf(t, "a puzzle nobody asked")).isEqualTo(QuoteClauseSubject.RULE);
    }

    @Test
    void thePossessorOfTheNounTheQuotationHangsOnIsItsSpeaker() {
        Extractor.Traced t = traced("Tom Reyes said the harbour would reopen in May. Critics keep returning to Ana "
                + "Okafor's remark that the old pier was “built for postcards and not for ferries.”");
        Extraction x = new Extraction(t.dataset());
        assertThat(x.name(x.containing("built for postcards").speaker())).isEqualTo("Ana Okafor");
    }

    @Test
    void aQuotationOpeningItsSentenceIsLeftToTheOtherRules() {
        Extractor.Traced t = traced("Tom Reyes said the harbour would reopen in May.\n“The boats will run on time or "
                + "not at all.”\nThe board meets again in June.");
        assertThat(t.rules().values()).doesNotContain(QuoteClauseSubject.RULE);
    }

    @Test
    void aQuotationParagraphSignedOnTheNextLineIsTheSignersStatement() {
        Extractor.Traced t = traced("Tom Reyes said the harbour would reopen in May.\n“The ferries will run on time "
                + "or they will not run at all.”\n- Lena Brandt.\nThe board meets again in June.");
        Extraction x = new Extraction(t.dataset());
        assertThat(x.name(x.containing("The ferries will run on time").speaker())).isEqualTo("Lena Brandt");
        assertThat(ruleOf(t, "The ferries will run on time")).isEqualTo(SignedBelow.RULE);
    }

    @Test
    void aSubheadingBetweenDashesIsNoSignature() {
        Extractor.Traced t = traced("Tom Reyes said the harbour would reopen in May.\n“The ferries will run on time "
                + "or they will not run at all.”\n– Old Harbour Hands –\nThe board meets again in June.");
        assertThat(t.rules().values()).doesNotContain(SignedBelow.RULE);
    }

    @Test
    void aDescriptionAfterTheVerbRightAfterTheQuotationSpeaks() {
        Extractor.Traced t = traced("Tom Reyes said the harbour would reopen in May.\n“The pier will not be ready "
                + "before the summer is over,” said a person close to the harbour board.");
        Extraction x = new Extraction(t.dataset());
        assertThat(x.name(x.containing("The pier will not be ready").speaker())).isNotEqualTo("Tom Reyes");
    }
}
