package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guard {@code predicate-of-modified-subject} ({@link PredicateOfModifiedSubject}): a speech verb that only modifies
 * the subject of the main clause (a participle, a free relative) does not report that subject's predicate. The
 * sentences are invented for these tests.
 */
class PredicateOfModifiedSubjectTest {

    private static final ListTagger PEOPLE = ListTagger.people("Lena Brandt");

    @Test
    void aParticipleOnTheSubjectReportsNotItsPredicate() {
        Extraction x = Extraction.of("The survey cited in her letter does not exist.", PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("does not exist"));
    }

    @Test
    void aFreeRelativeSubjectReportsNotItsPredicate() {
        Extraction x = Extraction.of("What the mayor offers is a loan for the pier.", PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("a loan for the pier"));
    }

    @Test
    void aPassiveParticipleWithItsSpeakerReportsNotThePredicate() {
        Extraction x = Extraction.of("The ferry line described by the mayor on Monday is the busiest route on the "
                + "coast.", PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("busiest route"));
    }
}
