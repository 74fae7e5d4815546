package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A speech verb inside a relative clause on the subject ("who spoke at …") reports nothing when all that follows its
 * own words is the main clause: the main clause is the main verb's, read once, by that verb (the sentences are
 * invented for these tests).
 */
class RelativeClauseCueTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Tomas Reyes");

    @Test
    void theMainClauseIsNotAlsoWhatTheRelativeClauseSpeakerSaid() {
        Extraction x = Extraction.of("Ana Okafor, who spoke at a packed meeting on Tuesday evening, warned that the "
                + "north pier could close by spring.", PEOPLE);
        assertThat(x.speakerName("the north pier could close by spring")).isEqualTo("Ana Okafor");
        assertThat(x.dataset().statements()).as("the main clause read a second time, from \"spoke\"")
                .noneMatch(s -> s.text().startsWith("warned"));
    }

    @Test
    void aRelativeClauseWithoutCommasReportsNothingEither() {
        Extraction x = Extraction.of("A nurse who spoke to reporters on Monday said the ward was full.", PEOPLE);
        assertThat(x.statement("the ward was full")).isPresent();
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().startsWith("said"));
    }

    @Test
    void whatElseDescribesTheSubjectMayStandBeforeTheMainClause() {
        // Found in an article of our own: "spoke" took the apposition and the main clause for what was said at the
        // hearing, and the demand of "urged" was lost beneath it.
        Extraction x = Extraction.of("Tenants who spoke at the hearing, many of them carrying placards, urged the "
                + "board to freeze the rents.", PEOPLE);
        assertThat(x.statement("to freeze the rents")).isPresent();
        assertThat(x.dataset().statements()).as("the main clause read as what was said at the hearing")
                .noneMatch(s -> s.text().contains("urged"));
    }

    @Test
    void aRelativeClauseWithItsOwnContentStillReportsIt() {
        Extraction x = Extraction.of("Tomas Reyes, who said last week that the ferry was losing money, resigned on "
                + "Friday.", PEOPLE);
        assertThat(x.speakerName("the ferry was losing money")).isEqualTo("Tomas Reyes");
    }

    @Test
    void aRelativePronounThatIsWhatWasSaidKeepsTheClauseTheParserMadeMain() {
        // The parser reads "will come into force …" as the main clause and "which" as the object of "said".
        Extraction x = Extraction.of("The limits, which the board said will come into force next year, will not "
                + "cover small boats entering the bay.", PEOPLE);
        assertThat(x.statement("will come into force next year")).isPresent();
    }
}
