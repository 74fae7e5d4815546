package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule description-candidate: "the candidate" or "the nominee" (campaign-roles.tsv), with nothing else in the
 * description, is the person who is the subject nearest before it, whatever title the article gave them, not a
 * speaker of its own named "Candidate". Seen on PolNeAR train; the sentences here are invented.
 */
class CampaignRoleDescriptionTest {

    private static final ListTagger NAMES = new ListTagger(Map.of("Anna Lind", "PERSON", "Tom Ruiz", "PERSON"));

    @Test
    void theCandidateIsThePersonJustNamedAsSubject() {
        Extraction x = Extraction.of("Governor Anna Lind toured the harbour in the morning and met the dock workers. "
                + "The candidate said the port would need new cranes before the end of next year.", NAMES);
        assertThat(x.name(x.containing("the port would need new cranes").speaker())).isEqualTo("Anna Lind");
    }

    @Test
    void theNomineeAfterAQuotationIsTheSameSubject() {
        Extraction x = Extraction.of("Tom Ruiz spent the day in the northern valleys with farmers and their families. "
                + "\"We will rebuild every one of these roads,\" the nominee told the crowd at the fairground.", NAMES);
        assertThat(x.name(x.containing("We will rebuild every one of these roads").speaker())).isEqualTo("Tom Ruiz");
        assertThat(x.dataset().entities()).noneMatch(e -> e.name().equalsIgnoreCase("nominee"));
    }
}
