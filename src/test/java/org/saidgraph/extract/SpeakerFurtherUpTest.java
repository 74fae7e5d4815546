package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers the parse puts in the wrong place: a verb of speech hung inside a clause whose subject is a thing, a second
 * subject given to a parenthetical attribution, an inverted attribution followed by where it was said. Each shape was
 * seen on PolNeAR dev giving the statement to "those characterizations", "the country", "these employees", "the
 * difference" or "Kadzik's refusal"; the sentences here are invented.
 */
class SpeakerFurtherUpTest {

    private static final ListTagger NAMES = new ListTagger(java.util.Map.of("Anna Lind", "PERSON", "Ola Halvorsen",
            "PERSON", "Tomas Berg", "PERSON", "Tom Ruiz", "PERSON", "Clara Odegaard", "PERSON", "Baltic Terminals",
            "ORGANIZATION"));

    @Test
    void aParticipleTheParserHangsOnAReportedClauseSpeaksForTheOneWhoReportedIt() {
        Extraction x = Extraction.of("Senator Anna Lind said she did not think those remarks had hurt the mayor last "
                + "year, arguing that it was the split inside the party that mattered more.", NAMES);
        assertThat(x.name(x.containing("it was the split inside the party").speaker())).isEqualTo("Anna Lind");
        assertThat(x.dataset().entities()).noneMatch(e -> e.name().equalsIgnoreCase("those remarks"));
    }

    @Test
    void aCoordinatedVerbTheParserHangsOnAReportedClauseSharesTheReportersSubject() {
        Extraction x = Extraction.of("Prime Minister Ola Halvorsen said on Tuesday that the country would leave the "
                + "treaty by June and suggested that it would also quit the customs pact.", NAMES);
        assertThat(x.name(x.containing("it would also quit the customs pact").speaker())).isEqualTo("Ola Halvorsen");
    }

    @Test
    void aParentheticalAttributionGivesTheWholeClauseToItsOwnSubject() {
        Extraction x = Extraction.of("These farmers, Tomas Berg explained earlier at the hearing, were badly hurt, "
                + "losing half their harvest.", NAMES);
        Statement s = x.containing("were badly hurt");
        assertThat(x.name(s.speaker())).isEqualTo("Tomas Berg");
        assertThat(s.text()).startsWith("These farmers");
    }

    @Test
    void wordsBeforeAParentheticalAttributionAreWhatWasSaidWhenTheRestOpensWithTheirVerb() {
        Extraction x = Extraction.of("Tomas Berg spoke to the board. The real problem now, he told reporters on "
                + "Monday, is that the water board has no money left.", NAMES);
        assertThat(x.containing("the water board has no money left").text()).startsWith("The real problem now");
        // Framing words stay the reporter's where the clause after the attribution has its own subject.
        Extraction framed = Extraction.of("Tomas Berg spoke to the board. Six months ago, he told reporters, the "
                + "water board ran out of money.", NAMES);
        assertThat(framed.containing("ran out of money").text()).startsWith("the water board");
    }

    @Test
    void anInvertedAttributionKeepsItsSpeakerBeforeAPhraseSayingWhereItWasSaid() {
        Extraction x = Extraction.of("The mayor's refusal to answer did not go down well with the council, said one "
                + "official in the room.", NAMES);
        assertThat(x.speakerName("The mayor's refusal to answer did not go down well with the council"))
                .startsWith("One official");
        // A verb whose subject the parse found before it is no inversion, whatever follows it.
        Extraction before = Extraction.of("Valley party chairman Tom Ruiz, for example, said the governor's visit to "
                + "Harlow — the region's biggest market — last Monday would likely earn the party attention all week.",
                NAMES);
        assertThat(before.name(before.containing("would likely earn").speaker())).isEqualTo("Tom Ruiz");
    }

    @Test
    void aParticipleAfterWhatSomeoneToldAddsToWhatTheyToldEvenWhenTheReportedClauseHasASubjectThatSpeaks() {
        Extraction x = Extraction.of("The shipping minister, Clara Odegaard, told parliament that the government would "
                + "not intervene for now, adding that both sides had to return to the table.", NAMES);
        assertThat(x.name(x.containing("both sides had to return to the table").speaker())).isEqualTo("Clara Odegaard");
        // Whom she told, followed by the "that" of the clause "told" governs, is the hearer, whatever the noun.
        assertThat(x.containing("would not intervene").text()).startsWith("the government");
    }

    @Test
    void anOrganizationInAppositionToTheNounThatDescribesItIsTheSpeaker() {
        Extraction x = Extraction.of("The operator, Baltic Terminals, said in a statement that the bonus had been a "
                + "temporary measure.", NAMES);
        assertThat(x.name(x.containing("the bonus had been a temporary measure").speaker()))
                .isEqualTo("Baltic Terminals");
    }

    @Test
    void aWireDatelineIsNoPartOfWhatWasSaid() {
        Extraction x = Extraction.of("MERIDA BAY — Dock workers will stay off the job until the bonus returns, union "
                + "leaders said on Sunday.", NAMES);
        assertThat(x.containing("will stay off the job").text()).startsWith("Dock workers");
    }

    @Test
    void anInvertedAttributionKeepsItsSpeakerBeforeAPhraseWithAnOfInside() {
        Extraction x = Extraction.of("The strike has cost the local economy about 3 million euros a day, said one "
                + "economist at the regional chamber of commerce.", NAMES);
        assertThat(x.name(x.containing("has cost the local economy").speaker())).startsWith("One economist");
    }

}
