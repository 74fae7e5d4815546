package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reported speech inside reported speech (issue 8, item 3). A claim about what someone did is the claimant's claim,
 * which mentions that person: it is never that person's statement relayed by the claimant, since that would put the
 * accusation in the accused's mouth. Only explicit speech inside the clause ("claimed that the mayor had told him
 * …") is a relay. The sentences are written for these tests.
 */
class NestedReportedSpeechTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    /** The claimant's statement over the whole clause, mentioning the accused; nothing said by the accused. */
    private static void claimOnlyByOkafor(Extraction x, String clause, String act) {
        Statement claim = x.the(clause);
        assertThat(x.name(claim.speaker())).isEqualTo("Ana Okafor");
        assertThat(claim.act()).isEqualTo(act);
        assertThat(claim.reportedBy()).isEmpty();
        assertThat(claim.mentions()).extracting(Statement.Mention::entity).contains("lena-brandt");
        assertThat(x.dataset().statements()).as("no statement is put in the accused's mouth")
                .noneMatch(s -> x.name(s.speaker()).equals("Lena Brandt"))
                .noneMatch(s -> !s.reportedBy().isEmpty());
    }

    @Test
    void aClaimThatSomeonePromisedSomethingIsTheClaimantsClaimNotTheirPromise() {
        Extraction x = Extraction.of("Councillor Ana Okafor claimed that Mayor Lena Brandt had promised the harbour "
                + "site to a donor's company.", PEOPLE);
        claimOnlyByOkafor(x, "Mayor Lena Brandt had promised the harbour site to a donor's company", "claim");
        assertThat(x.dataset().statements()).noneMatch(s -> s.act().equals("promise"));
    }

    @Test
    void aPromiseToDoSomethingInsideAClaimIsStillTheClaimantsClaim() {
        Extraction x = Extraction.of("Ana Okafor alleged that Lena Brandt had promised to sell the depot to a "
                + "developer before the vote.", PEOPLE);
        claimOnlyByOkafor(x, "Lena Brandt had promised to sell the depot to a developer before the vote", "claim");
    }

    @Test
    void aDenialOrOfferNamedAsADeedInsideASayingIsNotTheirStatement() {
        Extraction denied = Extraction.of("Ana Okafor said that Lena Brandt had denied the permit for the shelter "
                + "in March.", PEOPLE);
        claimOnlyByOkafor(denied, "Lena Brandt had denied the permit for the shelter in March", "statement");

        Extraction offered = Extraction.of("Ana Okafor claimed Lena Brandt offered the cleaning contract to her "
                + "brother-in-law.", PEOPLE);
        claimOnlyByOkafor(offered, "Lena Brandt offered the cleaning contract to her brother-in-law", "claim");
    }

    @Test
    void explicitSpeechInsideTheClauseIsARelayOfTheInnerSpeaker() {
        Extraction x = Extraction.of("Ana Okafor claimed that Lena Brandt had told her the harbour site was already "
                + "sold.", PEOPLE);
        Statement told = x.the("the harbour site was already sold");
        assertThat(x.name(told.speaker())).isEqualTo("Lena Brandt");
        assertThat(x.names(told.reportedBy())).containsExactly("Ana Okafor");
    }

    @Test
    void aSayingInsideASayingIsRelayedAndTheOuterClaimRecordsWhatItReports() {
        Extraction x = Extraction.of("Ana Okafor said Lena Brandt had announced that the library would close in "
                + "the spring.", PEOPLE);
        Statement announced = x.the("the library would close in the spring");
        assertThat(x.name(announced.speaker())).isEqualTo("Lena Brandt");
        assertThat(announced.act()).isEqualTo("announcement");
        assertThat(x.names(announced.reportedBy())).containsExactly("Ana Okafor");
        assertThat(x.dataset().statements()).as("the relay's clause is not a second statement of its own")
                .noneMatch(s -> x.name(s.speaker()).equals("Ana Okafor")
                        && s.text().contains("the library would close"));
    }

    @Test
    void aSpeechVerbInARelativeClauseDoesNotTakeTheQuotedPredicateThatFollowsIt() {
        // "described" belongs to "the papers the union described": the quotation after it is what the spokeswoman
        // said of those papers, not the union's words relayed by her.
        Extraction x = Extraction.of("A spokeswoman for the hospital, Ana Okafor, said the papers the union described "
                + "were \"early drafts\" that the board had rejected in March.", PEOPLE);
        Statement said = x.the("the papers the union described were \"early drafts\" that the board had rejected in "
                + "March");
        assertThat(x.name(said.speaker())).isEqualTo("Ana Okafor");
        assertThat(said.reportedBy()).isEmpty();
        assertThat(x.dataset().statements()).hasSize(1);
    }

    @Test
    void aVerbJoinedToTheOuterOneIsASecondActOfTheSameSpeakerNotADeedItNames() {
        Extraction x = Extraction.of("Governor Ana Okafor thanked her for her work and praised her patience.",
                PEOPLE);
        assertThat(x.speakerName("her patience")).isEqualTo("Ana Okafor");
    }
}
