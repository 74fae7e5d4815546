package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule pronoun-gender-subject: "he" or "she" is never a subject whose first name gives the other gender, also for
 * readings that take the nearest subject as the pronoun's person (the sentences are invented for these tests).
 */
class PronounGenderSubjectTest {

    private static final ListTagger PEOPLE = ListTagger.people("Tom Keller", "Lydia Marsh");

    @Test
    void heIsNeverTheWomanWhoIsTheOnlyNamedSubjectBeforeIt() {
        // The parse's reading of "say" finds no man for "he" and reads nothing; the pattern reading of "refused to
        // say" took the sentence's subject, a woman, before this rule.
        Extraction x = Extraction.of("Lydia Marsh criticized her challenger on Monday after he refused to say whether "
                + "he supported the plan.", PEOPLE);
        assertThat(x.dataset().statements()).filteredOn(s -> s.text().contains("whether he supported"))
                .allSatisfy(s -> assertThat(x.name(s.speaker())).isNotEqualTo("Lydia Marsh"));
    }

    @Test
    void heIsNotTheWomanWhoIsTheSubjectBeforeIt() {
        Extraction x = Extraction.of("Tom Keller spoke first at the debate. Lydia Marsh criticized the plan on Monday "
                + "after he refused to say whether he supported it.", PEOPLE);
        assertThat(x.speakerName("whether he supported it")).isEqualTo("Tom Keller");
    }

    @Test
    void sheIsNotTheManWhoIsTheSubjectBeforeIt() {
        Extraction x = Extraction.of("Lydia Marsh spoke first at the debate. Tom Keller criticized the plan on Monday "
                + "after she refused to say whether she supported it.", PEOPLE);
        assertThat(x.speakerName("whether she supported it")).isEqualTo("Lydia Marsh");
    }
}
