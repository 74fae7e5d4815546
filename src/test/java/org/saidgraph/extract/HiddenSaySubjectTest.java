package org.saidgraph.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saidgraph.dataset.Statement;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "say"/"tell" whose subject the parse hides ({@link SubjectRepairs#hiddenSubject}): on PolNeAR train these shapes
 * made no statement, or one with the wrong speaker. The sentences are invented, of the same shapes; each case names
 * its rule, which the statement records (the cases are {@link SubjectRepairsTest}'s).
 */
class HiddenSaySubjectTest {

    private static SubjectRepairsTest.Case shape(String rule, String sentence, String words, String speakerWord) {
        return new SubjectRepairsTest.Case(rule, sentence, words, speakerWord);
    }

    static List<SubjectRepairsTest.Case> cases() {
        return List.of(
                shape(SubjectRepairs.HIDDEN_SUBJECT, "Yet harbour economists, like their railway counterparts, say "
                        + "taxing freight encourages savings, investment and greater regional growth.",
                        "taxing freight encourages savings", "economists"),
                shape(SubjectRepairs.HIDDEN_SUBJECT, "The ferry owners whose permits have been cancelled say the big "
                        + "shift has happened in the membership of the harbour board after almost five years of "
                        + "fresh appointments.", "the big shift has happened", "owners"),
                shape(SubjectRepairs.HIDDEN_RELATIVE, "The mayor has firm backing from just 21 percent and a further "
                        + "9 percent who say they could back her.", "they could back her", "percent"),
                shape(SubjectRepairs.HIDDEN_PARTICIPLE, "The Danes have used the presence of Viking raiders to "
                        + "justify patrols around Aarhus, saying the town is a key link in its long fight "
                        + "against piracy.", "the town is a key link", "Danes"),
                shape(SubjectRepairs.HIDDEN_PARTICIPLE, "The dockers kept drifting from the agreed plan, saying "
                        + "the foremen had slowed the unloading until the next ship came in.",
                        "the foremen had slowed the unloading", "dockers"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theHiddenSubjectSpeaks(SubjectRepairsTest.Case c) {
        Extractor.Traced t = new Extractor(new ListTagger(Map.of()), Extraction.GAZETTEER)
                .extractTraced(new ArticleInput(c.sentence(), "Test article", null, null, null, null),
                        KnownEntities.none());
        Statement s = t.dataset().statements().stream().filter(x -> x.text().contains(c.words())).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with \"" + c.words() + "\" among "
                        + t.dataset().statements().stream().map(Statement::text).toList()));
        assertThat(t.rules().get(s.id())).isEqualTo(c.rule());
        assertThat(new Extraction(t.dataset()).name(s.speaker())).containsIgnoringCase(c.speakerWord());
    }

    /**
     * American style puts the comma of a clause that ends in a quotation inside the quotation marks; a participle
     * after them is set off from the clause all the same, and takes its subject (the parser may hang "saying" on the
     * reported clause, with no subject of its own).
     */
    @org.junit.jupiter.api.Test
    void aParticipleAfterAClosingQuotationTakesTheClauseSubject() {
        Extractor.Traced t = Extraction.traced("The harbour board defended the new toll as \"fair and temporary,\" "
                + "saying the money would repair the northern pier.", new ListTagger(Map.of()));
        Statement s = t.dataset().statements().stream()
                .filter(x -> x.text().equals("the money would repair the northern pier")).findFirst()
                .orElseThrow(() -> new AssertionError("not read: " + t.dataset().statements().stream()
                        .map(Statement::text).toList()));
        assertThat(t.rules().get(s.id())).isEqualTo(SubjectRepairs.HIDDEN_PARTICIPLE);
        assertThat(new Extraction(t.dataset()).name(s.speaker())).containsIgnoringCase("board");
    }

    /**
     * A "told" the parse lost inside a clause of time ("…, after a spokeswoman …, told lawmakers …") is not the
     * main clause's subject's: the committee that adjourned told nobody anything.
     */
    @org.junit.jupiter.api.Test
    void theMainSubjectDoesNotTellInsideAClauseOfTime() {
        Extraction x = Extraction.of("The Senate finance committee adjourned on Thursday without voting on the water "
                + "infrastructure bill, after a spokeswoman for Governor Elena Marsh, Tara Quinn, told lawmakers the "
                + "governor would veto any version that raised the gas tax.",
                new ListTagger(Map.of("Elena Marsh", "PERSON", "Tara Quinn", "PERSON")));
        for (Statement s : x.dataset().statements()) {
            assertThat(x.name(s.speaker())).as(s.text()).doesNotContainIgnoringCase("committee");
        }
    }
}
