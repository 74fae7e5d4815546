package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A speech verb in a clause opened by "as", with nothing said of its own, reports the sentence it is set in
 * ({@link AsSaidSieve}, rule {@code verb-as}); the sentences are invented, of the shapes PolNeAR's annotators attribute.
 */
class AsSaidSieveTest {

    private static final ListTagger NOBODY = ListTagger.people();

    @Test
    void anAsClauseClosingTheSentenceAttributesTheWordsBeforeIt() {
        Extraction x = Extraction.of("The harbour bridge will stay closed to lorries until the spring, as the port "
                + "authority has said.", NOBODY);
        Statement said = x.the("The harbour bridge will stay closed to lorries until the spring");
        assertThat(x.name(said.speaker())).containsIgnoringCase("port authority");
    }

    @Test
    void anAsClauseOpeningTheSentenceAttributesTheClauseAfterItsComma() {
        Extraction x = Extraction.of("As the senator argued last week, the water tax falls hardest on small farms.",
                NOBODY);
        Statement argued = x.the("the water tax falls hardest on small farms");
        assertThat(argued.act()).isEqualTo("claim");
        assertThat(x.name(argued.speaker())).containsIgnoringCase("senator");
    }

    @Test
    void anAsClauseThatAddressesSomeoneOrIsPassiveSaysNothing() {
        assertThat(Extraction.of("The crowd grew quiet as the mayor spoke to the families of the miners.", NOBODY)
                .dataset().statements()).isEmpty();
        assertThat(Extraction.of("The council kept its budget, as the plan was criticized in the local papers.",
                NOBODY).dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.startsWith("The council kept its budget"));
    }

    @Test
    void aPassiveAsClauseOpeningTheSentenceGivesTheClauseAfterItsCommaToItsAgent() {
        Extraction x = Extraction.of("As reported by the county gazette, the old paper mill will close its doors in "
                + "March.", NOBODY);
        Statement reported = x.the("the old paper mill will close its doors in March");
        assertThat(x.name(reported.speaker())).containsIgnoringCase("gazette");
    }

    @Test
    void aPassiveAsClauseClosingTheSentenceGivesTheClauseAfterAColonToItsAgent() {
        Extraction x = Extraction.of("The rail union has changed its plans: the drivers will strike for two days "
                + "next week, as first noted by the transport ministry on Monday.", NOBODY);
        Statement noted = x.the("the drivers will strike for two days next week");
        assertThat(x.name(noted.speaker())).containsIgnoringCase("ministry");
    }

    @Test
    void aPassiveAsClauseAfterAQuotationLeavesTheQuotationToItsSpeaker() {
        Extraction x = Extraction.of("\"We will rebuild the bridge before the winter,\" the mayor told the council, "
                + "as reported by the evening paper.", NOBODY);
        assertThat(x.dataset().statements()).extracting(s -> x.name(s.speaker()))
                .noneMatch(n -> n.toLowerCase().contains("paper"));
    }
}
