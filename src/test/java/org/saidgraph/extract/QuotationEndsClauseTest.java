package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cut {@link QuotationEndsClause}: a reported statement holding a quotation ends at its closing mark when the
 * reporter's words follow, and keeps a clause that may still be the speaker's. The sentences are invented for these
 * tests.
 */
class QuotationEndsClauseTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void aMixedClauseEndsAtItsQuotationBeforeButAndANewSubject() {
        Extraction x = Extraction.of("Lena Brandt is promising lower fares and “ferries, ferries, ferries,” but she "
                + "has also warned of higher harbour taxes.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains("ferries, ferries, ferries"))
                .noneMatch(t -> t.contains("ferries") && t.contains("taxes"));
    }

    @Test
    void aQuotationFollowedByUntilEndsTheStatement() {
        Extraction x = Extraction.of("Ana Okafor then walks to the gate and repeatedly says, “Do not open it,” until "
                + "the guards arrive.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains("Do not open it"))
                .noneMatch(t -> t.contains("guards"));
    }

    @Test
    void aDashAfterTheQuotationOpensTheReportersAside() {
        Extraction x = Extraction.of("In July, Ana Okafor dismissed the harbour town as being in the “backyard of "
                + "the capital” — a sign of how far the council has drifted from its promises.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains("backyard of the capital"))
                .noneMatch(t -> t.contains("drifted"));
    }

    @Test
    void aClauseOfCauseAfterTheQuotationStaysInTheStatement() {
        Extraction x = Extraction.of("Lena Brandt said the council is reduced to “threats and insults” because it "
                + "cannot defend its record.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains("threats and insults") && t.contains("defend its record"));
    }

    @Test
    void aMixedClauseEndsAtItsQuotationBeforeAParticipleOfAnotherSpeechVerb() {
        Extraction x = Extraction.of("Ana Okafor insisted that she had “rebuilt the harbour trust,” claiming that the "
                + "night ferry now ran on time.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.startsWith("she had") && t.contains("rebuilt the harbour trust"))
                .noneMatch(t -> t.contains("rebuilt the harbour trust") && t.contains("claiming"));
    }

    @Test
    void aClauseOfTimeAfterAStatementThatIsTheQuotationItselfIsTheReporters() {
        Extraction x = Extraction.of("The ferry levy came up again at the forum. Ana Okafor had said, “We will see "
                + "about the levy,” when Lena Brandt asked her whether the night ferry would run.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains("We will see about the levy"))
                .noneMatch(t -> t.contains("We will see about the levy") && t.contains("night ferry"));
    }

    @Test
    void aDashOfAPairAroundAnAsideKeepsTheClauseGoingOnAfterIt() {
        // the dash after the closing mark opens an aside that closes further on
        assertKeepsWhole("Ana Okafor said that the mayor's promise of a “harbour for everyone” — itself a reply to the "
                + "board's own slogan — was an empty phrase.", "harbour for everyone", "empty phrase");
        // the dash after the closing mark closes an aside opened before the quotation
        assertKeepsWhole("Lena Brandt said she was so tired of the tone of the harbour debate -- “a shouting match and "
                + "an insult to fishermen” -- that she would stay away from the forum.", "shouting match",
                "stay away from the forum");
    }

    private static void assertKeepsWhole(String sentence, String quoted, String after) {
        assertThat(Extraction.of(sentence, PEOPLE).dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains(quoted) && t.contains(after));
    }
}
