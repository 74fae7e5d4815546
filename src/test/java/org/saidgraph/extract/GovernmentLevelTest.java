package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule {@code government-level} ({@link GovernmentLevel}, in {@link OrganizationNamedAs#find}): a description that
 * names a level of government ("the county council", "the state health department") does not refer back to a body of
 * another level that shares its head noun. The sentences are invented for these tests.
 */
class GovernmentLevelTest {

    private static final ListTagger NAMES = new ListTagger(Map.of("Brenton City Council", "ORGANIZATION",
            "Dunmore County Health Department", "ORGANIZATION", "Ardell State Health Department", "ORGANIZATION"));

    @Test
    void theCountyCouncilIsNotTheCityCouncilNamedBefore() {
        Extraction x = Extraction.of("The Brenton City Council approved the budget on Monday. The county council said "
                + "it would review the plan next month.", NAMES);
        assertThat(x.speakerName("it would review the plan next month")).isNotEqualTo("Brenton City Council");
    }

    @Test
    void theStateDepartmentIsNotTheCountyDepartmentButTheStateOneNamedEarlier() {
        Extraction x = Extraction.of("The Ardell State Health Department opened a hotline last year. The Dunmore "
                + "County Health Department said Friday that it had confirmed four cases of measles. The state health "
                + "department warned that more cases were likely.", NAMES);
        assertThat(x.speakerName("it had confirmed four cases of measles"))
                .isEqualTo("Dunmore County Health Department");
        assertThat(x.speakerName("more cases were likely")).isEqualTo("Ardell State Health Department");
    }

    @Test
    void aDescriptionOfTheSameLevelOrOfNoneStillRefersBack() {
        Extraction x = Extraction.of("The Brenton City Council approved the budget on Monday. The city council said "
                + "it would review the plan next month. The council said the vote was final.", NAMES);
        assertThat(x.speakerName("it would review the plan next month")).isEqualTo("Brenton City Council");
        assertThat(x.speakerName("the vote was final")).isEqualTo("Brenton City Council");
    }
}
