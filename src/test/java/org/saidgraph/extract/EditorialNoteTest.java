package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filter {@code editorial-note} ({@link EditorialNotes}): the first sentence of a newsroom's note about its own story
 * ("Correction: An earlier version …", "This story has been updated to note that …") reports no one's words; a
 * speech verb after it, or in an ordinary paragraph, still does. The texts are invented for these tests.
 */
class EditorialNoteTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ines Falk", "Tom Reyes");

    @Test
    void aCorrectionSayingWhatAnEarlierVersionStatedIsNoStatement() {
        Extractor.Traced traced = Extraction.traced("Ferry service resumes\n\nInes Falk said the ferry would sail "
                + "on Monday.\n\nCorrection: An earlier version of this story said that the ferry would sail on "
                + "Sunday.", PEOPLE);
        assertThat(traced.dataset().statements()).noneMatch(s -> s.text().contains("on Sunday"));
        assertThat(traced.dropped()).extracting(DroppedStatement::filter).contains("editorial-note");
        assertThat(traced.dataset().statements()).anyMatch(s -> s.text().contains("on Monday"));
    }

    @Test
    void anUpdateNoteAfterALiveBlogTimestampIsNoStatement() {
        Extraction x = Extraction.of("Storm updates\n\n1:55 p.m. — Correction: An earlier update said the bridge "
                + "would reopen at 3 p.m. It remains closed.", PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("reopen"));
    }

    @Test
    void anUpdatedStoryNoteIsNoStatementOfWhomItMentions() {
        Extraction x = Extraction.of("Ferry service resumes\n\nThe ferry will sail on Monday.\n\nThis story has "
                + "been updated to note that Tom Reyes posted the timetable on his website.", PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("timetable"));
    }

    @Test
    void aSentenceAfterTheNoteStillReportsWhatWasSaid() {
        Extraction x = Extraction.of("Ferry service resumes\n\nThe ferry will sail on Monday.\n\nCorrection: An "
                + "earlier version of this story misstated the day. Ines Falk said the ferry would sail on Monday.",
                PEOPLE);
        assertThat(x.speakerName("the ferry would sail on Monday")).isEqualTo("Ines Falk");
    }
}
