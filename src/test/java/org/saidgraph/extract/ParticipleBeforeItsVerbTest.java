package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A participle phrase that opens the sentence and hangs on its speech verb ("Speaking at a press conference, the
 * minister said …") tells the occasion of that saying; it reports nothing of its own ({@link ParticipleBeforeItsVerb}).
 * The sentences are written for these tests.
 */
class ParticipleBeforeItsVerbTest {

    @Test
    void aFrontedSpeakingPhraseGivesOneStatementThatDoesNotStartWithTheMainVerb() {
        Extraction x = Extraction.of("Speaking at a press conference in the capital, Minister Clara Voss said no "
                + "official had met the rebels since June.", SharedCoreNlp.ANALYZER);
        assertThat(x.dataset().statements()).extracting(s -> s.text())
                .containsExactly("no official had met the rebels since June");
        assertThat(x.speakerName("no official had met the rebels since June")).isEqualTo("Clara Voss");
    }

    @Test
    void theOccasionIsNotATopicOrAStatementOfItsOwn() {
        Extraction x = Extraction.of("Pointing to the new ferry timetable, Mayor Ana Okafor told reporters that the "
                + "crossings would double by spring.", SharedCoreNlp.ANALYZER);
        assertThat(x.dataset().statements()).extracting(s -> s.text())
                .containsExactly("the crossings would double by spring");
    }

    @Test
    void aFrontedParticipleOnAVerbOfNoSpeechStillSpeaks() {
        Extraction x = Extraction.of("Claiming the count was rigged, Senator Paul Brandt walked out of the chamber.",
                SharedCoreNlp.ANALYZER);
        assertThat(x.containing("the count was rigged").speaker()).isNotNull();
        assertThat(x.speakerName(x.containing("the count was rigged").text())).isEqualTo("Paul Brandt");
    }

    @Test
    void anAsClauseStillReportsTheClauseItHangsOn() {
        Extraction x = Extraction.of("As reported by the Harbour Gazette, the council will close the north pier in "
                + "March.", SharedCoreNlp.ANALYZER);
        assertThat(x.containing("the council will close the north pier").text()).doesNotStartWith("reported");
    }

    @Test
    void aFrontedSpeakingPhraseTheParserLeavesUnlabelledReadsNothingOfTheMainClause() {
        // CoreNLP hangs this participle on "said" as an unlabelled dep, not an advcl.
        Extraction x = Extraction.of("Speaking on a morning radio show last week, Mayor Tomas Reyes said the bridge "
                + "would reopen in May.", SharedCoreNlp.ANALYZER);
        assertThat(x.dataset().statements()).extracting(s -> s.text())
                .containsExactly("the bridge would reopen in May");
    }

    @Test
    void aFrontedSpeakingPhraseDoesNotMakeTheMainPredicateWhatWasSaid() {
        Extraction x = Extraction.of("Speaking in the council chamber, Reyes is defending his plan to cut bus fares "
                + "for students.", SharedCoreNlp.ANALYZER);
        assertThat(x.dataset().statements()).extracting(s -> s.text())
                .noneMatch(t -> t.startsWith("is defending"));
    }
}
