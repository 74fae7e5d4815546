package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The named cuts of {@link ReportedSpanBounds}: each shape it cuts, beside the shape of the same words that must stay
 * whole. The sentences are invented for these tests.
 */
class ReportedSpanBoundsTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void aClauseEndsBeforeAnAttributionAfterItWhoseSourceARelativeClauseDescribes() {
        Extraction x = Extraction.of("The ferry will stop running in March, according to two harbour officials, who "
                + "spoke on condition of anonymity.", PEOPLE);
        assertThat(x.the("The ferry will stop running in March")).isNotNull();
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("anonymity") || t.contains("according"));
    }

    @Test
    void aClauseEndsBeforeAnAttributionAfterItWhoseSourceAParticipleDescribes() {
        Extraction x = Extraction.of("Support for the harbour tax has fallen by a third, according to two new "
                + "surveys, including one published on Monday.", PEOPLE);
        assertThat(x.the("Support for the harbour tax has fallen by a third")).isNotNull();
        assertThat(x.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains("Thursday"));
    }

    @Test
    void anAttributionSetInsideItsClauseKeepsTheRestOfTheClause() {
        Extraction x = Extraction.of("The ferry, according to two harbour officials, will stop running in March.",
                PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.startsWith("The ferry") && t.endsWith("will stop running in March"));
    }

    @Test
    void aReportedClauseEndsBeforeTheReportersClosingApposition() {
        Extraction x = Extraction.of("Ana Okafor said the new levy would fall hardest on Portsea, the poorest "
                + "district of the county.", PEOPLE);
        assertThat(x.speakerName("the new levy would fall hardest on Portsea")).isEqualTo("Ana Okafor");
        assertThat(x.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains("poorest"));
    }

    /** Cut closing-apposition: no apposition follows a verb or an adverb; the phrase is the verb's object. */
    @Test
    void anObjectAfterAnAsideIsNoApposition() {
        Extraction x = Extraction.of("At a dinner in Kellby last month, the mayor delivered, unprompted, a full "
                + "review of the harbour fares for the coming winter, according to two guests who attended.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.endsWith("a full review of the harbour fares for the coming winter"));
    }

    @Test
    void anObjectKeepsItsApposition() {
        Extraction x = Extraction.of("Ana Okafor praised Lena Brandt, the only councillor who voted against the "
                + "levy.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.equals("Lena Brandt"));
    }

    @Test
    void aReportedClauseEndsBeforeTheReportersComparison() {
        Extraction x = Extraction.of("Lena Brandt said turnout in the harbour district reached 61 percent, compared "
                + "with 48 percent in the last election.", PEOPLE);
        assertThat(x.speakerName("turnout in the harbour district reached 61 percent")).isEqualTo("Lena Brandt");
        assertThat(x.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains("48 percent"));
    }

    @Test
    void whatTheSpeakerWasCitedAsSayingStaysInTheStatement() {
        Extraction x = Extraction.of("The harbour office cited one of the pilots as saying the channel was too "
                + "shallow for the new ferries.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains("as saying the channel was too shallow"));
    }

    @Test
    void whatARelativeClauseSaysEndsWhereTheRelativeClauseCloses() {
        Extraction x = Extraction.of("The port authority's report, which argued that the new ferries were too large "
                + "for the channel, is the reason the council delayed the vote.", PEOPLE);
        assertThat(x.the("the new ferries were too large for the channel")).isNotNull();
        assertThat(x.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains("the reason"));
    }

    @Test
    void aSpeakerInARelativeClauseDoesNotSayTheMainClause() {
        Extraction x = Extraction.of("The harbour levy, which Ana Okafor said would fall hardest on the poorest "
                + "districts, is now law.", PEOPLE);
        assertThat(x.speakerName("would fall hardest on the poorest districts")).isEqualTo("Ana Okafor");
        assertThat(x.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains("now law"));
    }

    @Test
    void aCriticismInARelativeClauseEndsBeforeTheMainVerb() {
        Extraction x = Extraction.of("The harbour plan, which Lena Brandt has criticized as a giveaway to shipping "
                + "firms, passed on Tuesday.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.endsWith("a giveaway to shipping firms"))
                .noneMatch(t -> t.contains("passed"));
    }

    @Test
    void whoWasAttackedEndsBeforeWhenAndWhereTheAttacksWereMade() {
        Extraction x = Extraction.of("Brandt has repeatedly attacked Okafor in interviews since the Monday debate.",
                ListTagger.people("Brandt", "Okafor"));
        assertThat(x.speakerName("Okafor")).isEqualTo("Brandt");
        assertThat(x.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains("interviews"));
    }

    @Test
    void anOccasionInsideWhatWasUrgedStaysInIt() {
        Extraction x = Extraction.of("Ana Okafor urged her supporters at a rally on Friday to vote early.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text).anyMatch(t -> t.contains("to vote early"));
    }

    @Test
    void aReportedStatementThatOpensAQuotationEndsAfterItsClosingMark() {
        Extraction x = Extraction.of("Council rivals spoke on Monday.\n\nTom Reyes says he respects Ana Okafor and calls "
                + "her “an extremely careful mayor with a long record and a whole lot of patience.”",
                ListTagger.people("Tom Reyes", "Ana Okafor"));
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .filteredOn(t -> t.contains("“")).isNotEmpty()
                .allMatch(t -> t.indexOf('”') > t.indexOf('“'));
    }
}
