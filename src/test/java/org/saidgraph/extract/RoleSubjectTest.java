package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule {@value PatternVerbSieve#ROLE_SUBJECT}: a text-pattern reading whose nearest name before the verb stands in a
 * prepositional phrase of the parse's subject is the subject's, not that name's (the sentences are invented).
 */
class RoleSubjectTest {

    private static final String LEAD = "Ferry fares\nThe Eastport Harbour Trust raised ferry fares on Monday.\n";

    @Test
    void theSpokeswomanForAnOrganizationSpeaksNotTheOrganization() {
        Extraction x = Extraction.of(LEAD + "A spokeswoman for the Eastport Harbour Trust did not respond to "
                + "requests for comment.", SharedCoreNlp.ANALYZER);
        Statement s = x.containing("requests for comment");
        assertThat(x.name(s.speaker())).containsIgnoringCase("spokeswoman");
    }

    @Test
    void aNameThatIsTheSubjectStaysTheSpeaker() {
        Extraction x = Extraction.of(LEAD + "The Eastport Harbour Trust did not respond to requests for comment.",
                SharedCoreNlp.ANALYZER);
        Statement s = x.containing("requests for comment");
        assertThat(x.name(s.speaker())).containsIgnoringCase("Harbour Trust");
    }
}
