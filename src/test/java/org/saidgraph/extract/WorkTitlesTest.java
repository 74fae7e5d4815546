package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quotation that is the title of a work, a name or a slogan the reporter writes is not anyone's statement (filters
 * {@code work-title}, {@code title-lead-in}, {@code quoted-modifier}), nor is a subheading that repeats a line
 * ({@code quoted-subhead}); each shape beside the speech of the same shape
 * that must stay. The sentences are written for these tests.
 */
class WorkTitlesTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt", "Tom Reyes");
    private static final String OPENING = "Ana Okafor said the ferry would run all winter.\n\n";

    private static Extractor.Traced traced(String paragraph) {
        return new Extractor(PEOPLE, Extraction.GAZETTEER).extractTraced(new ArticleInput(OPENING + paragraph,
                "Test article", null, null, null, null), KnownEntities.none());
    }

    private static List<String> texts(Extractor.Traced t) {
        return t.dataset().statements().stream().map(Statement::text).toList();
    }

    private static List<String> droppedBy(Extractor.Traced t, String filter) {
        return t.dropped().stream().filter(d -> d.filter().equals(filter)).map(DroppedStatement::rule).toList();
    }

    @Test
    void theTitleAfterANounOfAWorkIsNotTheWordsOfTheSentencesSubject() {
        Extractor.Traced t = traced("Lena Brandt, who co-hosts the harbour podcast “Tides and Tolls,” took the other "
                + "side.");
        assertThat(texts(t)).noneMatch(s -> s.contains("Tides and Tolls"))
                .contains("the ferry would run all winter");
        assertThat(droppedBy(t, "work-title")).hasSize(1);
    }

    @Test
    void aTitleInATextOfOneParagraphIsATitleToo() {
        // The title filters spare the headline; a text of one paragraph (an article pasted without one) has none.
        Extractor.Traced t = Extraction.traced("Tom Reyes told reporters about a new play called “The Long Crossing” "
                + "and said the fares would rise.", PEOPLE);
        assertThat(texts(t)).noneMatch(s -> s.contains("Long Crossing")).contains("the fares would rise");
        assertThat(droppedBy(t, "work-title")).hasSize(1);
    }

    @Test
    void aLongBookTitleIsNotTheLastSpeakersWords() {
        Extractor.Traced t = traced("Tom Reyes, whose 2009 book “The Ferry Kings: A Century on the Northern Crossing” "
                + "sold well, disagreed.");
        assertThat(texts(t)).noneMatch(s -> s.contains("Ferry Kings"));
        assertThat(droppedBy(t, "work-title")).hasSize(1);
    }

    @Test
    void wordsQuotedFromABookAfterItsNounStayTheAuthors() {
        Extractor.Traced t = traced("Tom Reyes wrote in his book, “I never lose a vote I can count.”");
        assertThat(texts(t)).contains("I never lose a vote I can count.");
        assertThat(t.dropped()).isEmpty();
    }

    @Test
    void aShowTheSpeakerAppearedOnIsNotWhatSheSaid() {
        Extractor.Traced t = traced("On “Harbour Morning Live,” Lena Brandt said the timetable was fair.");
        assertThat(texts(t)).contains("the timetable was fair").noneMatch(s -> s.contains("Harbour Morning Live"));
        assertThat(droppedBy(t, "title-lead-in")).containsExactly("quote-after");
    }

    @Test
    void aGroupsNameAfterAnArticleIsNotItsMembersStatement() {
        Extractor.Traced t = traced("Lena Brandt joined the “Friends of the Old Quay” last spring.");
        assertThat(texts(t)).noneMatch(s -> s.contains("Old Quay"));
        assertThat(droppedBy(t, "title-lead-in")).hasSize(1);
    }

    @Test
    void chantsOfWordsAreTheChantersNotATitle() {
        Extractor.Traced t = traced("Tom Reyes walked into the hall to chants of “Save The Ferry Now,” and he waved.");
        assertThat(texts(t)).contains("Save The Ferry Now,");
    }

    @Test
    void aShowNamedBeforeTheStarItQualifiesIsNotTheLastSpeakersWords() {
        Extractor.Traced t = traced("“Harbour Nights are Long” star Lena Brandt opened the festival on Friday.");
        assertThat(texts(t)).noneMatch(s -> s.contains("Harbour Nights"));
        assertThat(droppedBy(t, "quoted-modifier")).containsExactly("quote-last-speaker");
    }

    @Test
    void aSubheadingInSingleMarksBetweenParagraphsIsNotTheLastSpeakersStatement() {
        Extractor.Traced t = traced("“We have no other road to the mainland,” she said.\n\n‘A long winter.’\n\nThe "
                + "crossing closed for three weeks in January.");
        assertThat(texts(t)).contains("We have no other road to the mainland,")
                .noneMatch(s -> s.contains("long winter"));
        assertThat(droppedBy(t, "quoted-subhead")).containsExactly("quote-carry-over");
    }

    @Test
    void aParagraphOfOnlyAQuotationInDoubleMarksGoesOnWithTheSpeaker() {
        Extractor.Traced t = traced("“We have no other road to the mainland,” she said.\n\n“A long winter ahead.”\n\n"
                + "The crossing closed for three weeks in January.");
        assertThat(texts(t)).anyMatch(s -> s.contains("A long winter ahead."));
        assertThat(droppedBy(t, "quoted-subhead")).isEmpty();
    }

    @Test
    void aTitleShapedQuotationNeedsMoreThanOneWordInLowerCaseToBeSpeech() {
        assertThat(WorkTitles.titleShaped("Orange is the New Black", 1)).isTrue();
        assertThat(WorkTitles.titleShaped("Orange is the New Black", 0)).isFalse();
        assertThat(WorkTitles.titleShaped("Sharknado 3: Oh Hell No!", 0)).isTrue();
        assertThat(WorkTitles.titleShaped("I never lose a vote I can count.", 1)).isFalse();
        assertThat(WorkTitles.titleShaped("Harbour", 1)).as("one word is not judged").isFalse();
    }
}
