package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotations that only a guess attributed (session 23, helper quotefalse23): a pull quotation signed on its own line
 * inside the marks is the signed name's ({@link SignedLine}); a quotation dated in brackets and a title-case
 * quotation given to its sentence's subject are dropped ({@link GuessedQuoteFilters}); a guessed fragment in the
 * clause of a verb outside the lexicon is that clause, said by the verb's subject ({@link FragmentClauses}); a
 * guessed quotation right after "when", "because", "and" … is dropped (session 25, helper quotes25b). Each
 * shape beside the shape that must stay. The sentences are written for these tests.
 */
class GuessedQuotationsTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt", "Tom Reyes");
    private static final String OPENING = "Harbour notes.\nAna Okafor said the ferry would run all winter.\n";

    private static Extractor.Traced traced(String text) {
        return Extraction.traced(text, PEOPLE);
    }

    private static Statement statement(Extractor.Traced t, String words) {
        return t.dataset().statements().stream().filter(s -> s.text().contains(words)).findFirst().orElseThrow();
    }

    private static List<String> droppedBy(Extractor.Traced t, String filter) {
        return t.dropped().stream().filter(d -> d.filter().equals(filter)).map(DroppedStatement::rule).toList();
    }

    @Test
    void aPullQuotationSignedInsideItsMarksIsTheSignedNamesWords() {
        Extractor.Traced t = traced(OPENING + "\"We will rebuild the pier before the spring tides.\n"
                + "Lena Brandt, Harbour Trust.\"\nThe council meets again in May.");
        Statement s = statement(t, "We will rebuild the pier");
        assertThat(t.rules().get(s.id())).isEqualTo(SignedLine.RULE);
        assertThat(s.speaker()).isEqualTo("lena-brandt");
    }

    @Test
    void aClosedQuotationBeforeALineWithANameIsNotSigned() {
        Extractor.Traced t = traced(OPENING + "\"We will rebuild the pier before the spring tides.\"\n"
                + "Lena Brandt chairs the Harbour Trust.");
        assertThat(t.rules().values()).doesNotContain(SignedLine.RULE);
    }

    @Test
    void slogansDatedInBracketsAreNotTheLastSpeakersWords() {
        Extractor.Traced t = traced(OPENING + "“Keep the harbour free for all” (2009) — “No toll on the tide” "
                + "(2012).\nThe posters still hang in the depot.");
        assertThat(t.dataset().statements()).extracting(Statement::text)
                .noneMatch(s -> s.contains("harbour free") || s.contains("toll on the tide"));
        assertThat(droppedBy(t, GuessedQuoteFilters.DATED)).isNotEmpty();
    }

    @Test
    void aQuotationAfterASubordinatorOnlyFinishesTheReportersClause() {
        Extractor.Traced t = traced(OPENING + "The ferries still sail, but only when “the swell stays under two "
                + "metres.”\nThe depot reopens in March.");
        assertThat(t.dataset().statements()).extracting(Statement::text)
                .noneMatch(s -> s.contains("swell stays under"));
        assertThat(droppedBy(t, GuessedQuoteFilters.MID_PHRASE)).isNotEmpty();
    }

    @Test
    void aQuotationOpeningItsOwnSentenceIsNotAfterAConjunction() {
        Extractor.Traced t = traced(OPENING + "“The swell stays under two metres.”\nThe depot reopens in March.");
        assertThat(t.dropped()).extracting(DroppedStatement::filter).doesNotContain(GuessedQuoteFilters.MID_PHRASE);
        assertThat(GuessedQuoteFilters.opensMidPhrase("They sail only when “the swell drops", 21)).isTrue();
        assertThat(GuessedQuoteFilters.opensMidPhrase("They sail, and “the swell drops", 16)).isTrue();
        assertThat(GuessedQuoteFilters.opensMidPhrase("They sail to “the island", 14)).isFalse();
        assertThat(GuessedQuoteFilters.opensMidPhrase("When “the swell drops", 6)).isFalse();
    }

    @Test
    void aQuotationWithAYearInsideItsWordsStays() {
        Extractor.Traced t = traced(OPENING + "“We have not had a winter like this since the storms of 2009,” "
                + "she added.");
        assertThat(t.dropped()).extracting(DroppedStatement::filter).doesNotContain(GuessedQuoteFilters.DATED);
    }

    @Test
    void theJudgeDropsOnlyGuessedQuotations() {
        String text = "x “Keep the Harbour Free” (2009) and more.";
        Found guessed = new Found(text.indexOf("Keep"), text.indexOf("Free") + 4, true);
        guessed.rule = "quote-sentence-subject";
        assertThat(GuessedQuoteFilters.judge(text, guessed)).isEqualTo(GuessedQuoteFilters.DATED);
        Found read = new Found(guessed.start, guessed.end, true);
        read.rule = "quote-after";
        assertThat(GuessedQuoteFilters.judge(text, read)).isNull();
    }

    @Test
    void aTitleCaseQuotationGivenToTheSentencesSubjectIsDropped() {
        String text = "Tom Reyes named “Harbour Morning Live” as his favourite show.";
        Found title = new Found(text.indexOf("Harbour"), text.indexOf("Live") + 4, true);
        title.rule = "quote-sentence-subject";
        assertThat(GuessedQuoteFilters.judge(text, title)).isEqualTo(GuessedQuoteFilters.TITLE_SUBJECT);
        String words = "Tom Reyes likened the toll to “a tax on the tide” in his speech.";
        Found clause = new Found(words.indexOf("a tax"), words.indexOf("tide") + 4, true);
        clause.rule = "quote-sentence-subject";
        assertThat(GuessedQuoteFilters.judge(words, clause)).isNull();
    }

    @Test
    void aGuessedFragmentInTheClauseOfAVerbOutsideTheLexiconIsThatClause() {
        // CoreNLP's parse: the clause complement of "sniped" (a verb the lexicon does not hold) is read from it; the
        // speech noun "statement" makes the sentence worth a parse.
        String text = "The ferry stopped at noon.\nIn a statement on Monday, Tom Reyes sniped that the council had "
                + "been “asleep at the wheel” for most of the winter.";
        Extractor.Traced t = new Extractor(SharedCoreNlp.ANALYZER, Extraction.GAZETTEER).extractTraced(
                new ArticleInput(text, "Test article", null, null, null, null), KnownEntities.none());
        Statement s = statement(t, "asleep at the wheel");
        assertThat(t.rules().get(s.id())).isEqualTo(FragmentClauses.ANY_VERB_RULE);
        assertThat(s.text()).startsWith("the council had been").contains("for most of the winter");
        assertThat(s.speaker()).isEqualTo("tom-reyes");
    }
}
