package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A short quoted phrase, opening in lower case, that the reporter's sentence carries on past ("derided “the usual
 * suspects” in a speech") is a borrowed phrase of the reporter's clause, not a statement of its own
 * ({@link QuotedFragmentMidSentence}); a quoted clause of the speaker's own words stays. The sentences are written
 * for these tests.
 */
class QuotedFragmentMidSentenceTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void aShortQuotedPhraseTheSentenceGoesOnPastIsNotAStatement() {
        Extraction x = Extraction.of("The harbour was quiet on Monday. Mayor Ana Okafor derided "
                + "“the usual harbour gossips” in a speech to the council.", PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("usual harbour gossips"));
    }

    @Test
    void theBareWordsOfTheFragmentAreRecognized() {
        String text = "Lena Brandt has cast herself as a “friend of the docks” for years.";
        int open = text.indexOf('“');
        int close = text.indexOf('”');
        assertThat(QuotedFragmentMidSentence.borrowed(text, open + 1, close)).isTrue();
        assertThat(QuotedFragmentMidSentence.borrowed(text, open, close + 1)).isTrue();
    }

    @Test
    void aLongerQuotedClauseOrOneEndingTheSentenceOrWidenedIsKept() {
        String longer = "She said the vote “would leave the docks without any money at all” in the end.";
        assertThat(QuotedFragmentMidSentence.borrowed(longer, longer.indexOf('“') + 1, longer.indexOf('”')))
                .as("more than five words: the speaker's own clause").isFalse();
        String last = "Critics called it “a tax on hope.” The vote failed.";
        assertThat(QuotedFragmentMidSentence.borrowed(last, last.indexOf('“') + 1, last.indexOf('”')))
                .as("the sentence ends with the quotation").isFalse();
        String widened = "She vowed to “fix the docks” by spring.";
        assertThat(QuotedFragmentMidSentence.borrowed(widened, widened.indexOf("to"), widened.indexOf('”') + 1))
                .as("a span widened over the reporter's words before the mark").isFalse();
        String upper = "He called it “Harbour Days” in May.";
        assertThat(QuotedFragmentMidSentence.borrowed(upper, upper.indexOf('“') + 1, upper.indexOf('”')))
                .as("opening in upper case").isFalse();
    }
}
