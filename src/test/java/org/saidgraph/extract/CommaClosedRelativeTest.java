package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step {@code comma-closed-relative} ({@link CommaClosedRelative}): a verb after a relative clause set off by commas
 * continues the sentence's main verb, whatever the parse joins it to, so its speaker is the main verb's subject and not
 * the relative's antecedent. The sentences are written for these tests.
 */
class CommaClosedRelativeTest {

    private static final ListTagger PEOPLE = ListTagger.people("Omar Haddad");

    @Test
    void aVerbAfterACommaClosedRelativeClauseHasTheMainVerbsSubject() {
        // The parser joins "vowed" to "lobbied", whose subject "which" stands for the police unions.
        Extraction x = Extraction.of("The bill passed.\nThe bill's sponsor, state Sen. Omar Haddad, said he was "
                + "\"stunned\" by the veto. He accused the governor of siding with police unions, which had lobbied "
                + "against the measure, and vowed to seek an override.", PEOPLE);
        assertThat(x.speakerName("to seek an override")).isEqualTo("Omar Haddad");
    }

    @Test
    void aVerbInsideTheRelativeClauseKeepsTheRelativesAntecedent() {
        Analysis a = PEOPLE.analyze("Omar Haddad thanked the unions, which had lobbied for the bill and promised "
                + "to fund the campaign.");
        int promised = -1;
        for (int i = 0; i < a.tokens().size(); i++) {
            if (a.token(i).word().equals("promised")) {
                promised = i;
            }
        }
        assertThat(CommaClosedRelative.mainVerb(a, promised)).as("no comma closes the relative before 'and'")
                .isEqualTo(-1);
    }
}
