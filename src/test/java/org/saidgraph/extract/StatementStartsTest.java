package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The named steps of {@link StatementStarts}: a noun-phrase statement begins at the topic, not at the preposition or
 * the feeling noun before it; a clause, a view PolNeAR keeps whole, or a clause after the preposition stays as it is.
 * The sentences are invented for these tests.
 */
class StatementStartsTest {

    private static final ListTagger NOBODY = ListTagger.people();

    @Test
    void whatSomeoneExpressedConcernAboutIsWhatWasSaid() {
        Extraction x = Extraction.of("Fishing unions have expressed deep concern about the new harbour fee "
                + "policy.", NOBODY);
        assertThat(x.speakerName("the new harbour fee policy")).containsIgnoringCase("fishing unions");
        assertThat(x.statement("deep concern about the new voter roll policy")).isEmpty();
    }

    @Test
    void theTopicOfKindWordsACondolenceOrAStatementIsWhatWasSaid() {
        Extraction words = Extraction.of("The governor later offered some kind words about the harbour board.",
                NOBODY);
        assertThat(words.statement("some kind words about the harbour board")).isEmpty();
        assertThat(words.the("the harbour board")).isNotNull();
        Extraction condolences = Extraction.of("The minister expressed his condolences over the ferry disaster.",
                NOBODY);
        assertThat(condolences.the("the ferry disaster")).isNotNull();
    }

    @Test
    void supportForSomethingStaysWhole() {
        Extraction x = Extraction.of("The senator voiced support for the harbour plan.", NOBODY);
        assertThat(x.the("support for the harbour plan")).isNotNull();
    }

    @Test
    void aTopicReadWithItsPrepositionBeginsAfterIt() {
        String text = "The mayor spoke of the harbour plan at length.";
        Found f = phrase(text, "of the harbour plan", "pattern-verb");
        StatementStarts.apply(draft(text), List.of(f));
        assertThat(text.substring(f.start, f.end)).isEqualTo("the harbour plan");
        assertThat(f.trimmedBy).isEqualTo("leading-preposition");
        assertThat(f.unmovedStart).isEqualTo(text.indexOf("of the harbour plan"));
    }

    @Test
    void aClauseOrAClauseAfterThePrepositionKeepsItsStart() {
        String text = "The mayor spoke of the harbour plan at length.";
        Found clause = phrase(text, "of the harbour plan", "verb-complement");
        String how = "The mayor spoke of how the harbour plan would work.";
        Found topic = phrase(how, "of how the harbour plan would work", "pattern-verb");
        StatementStarts.apply(draft(text), List.of(clause));
        StatementStarts.apply(draft(how), List.of(topic));
        assertThat(text.substring(clause.start, clause.end)).isEqualTo("of the harbour plan");
        assertThat(how.substring(topic.start, topic.end)).isEqualTo("of how the harbour plan would work");
        assertThat(clause.trimmedBy).isNull();
        assertThat(topic.trimmedBy).isNull();
    }

    private static Found phrase(String text, String words, String rule) {
        int start = text.indexOf(words);
        return Found.of(start, start + words.length(), false, "mayor", Act.STATEMENT, rule, 0.5);
    }

    /** The article as the extractor holds it while its sieves read it. */
    static Draft draft(String text) {
        SpeechLexicon lexicon = SpeechLexicon.shipped();
        TextLayout layout = new TextLayout(text);
        List<Quote> quotes = new QuoteFinder().find(text, layout);
        Analysis analysis = NOBODY.analyze(text);
        EntityLinker linker = new EntityLinker(Gazetteer.shipped(), Extractor.institutions(), lexicon);
        ArticleEntities entities = linker.link(text, analysis.names(), KnownEntities.none().all());
        SpeakerResolver resolver = new SpeakerResolver(text, layout, entities, quotes, linker);
        return new Draft(text, layout, analysis, quotes, entities, resolver,
                new Sources(text, analysis, entities, resolver), lexicon);
    }
}
