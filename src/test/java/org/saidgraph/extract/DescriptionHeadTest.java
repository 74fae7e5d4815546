package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person the article names only by descriptions is one speaker when a bare noun takes up the head of a fuller
 * description before it: "the town's chief engineer" … "the engineer" (the sentences are invented for these tests).
 */
class DescriptionHeadTest {

    private static final ListTagger PEOPLE = ListTagger.people("Marta Lindqvist");

    @Test
    void aBareNounAfterAFullerDescriptionIsTheSamePerson() {
        Extraction x = Extraction.of("The town's chief engineer warned that the old bridge could close within a year."
                + "\n\nThe repairs, which the engineer said will cost four million euros, will start in March.",
                PEOPLE);
        assertThat(x.containing("the old bridge could close").speaker())
                .isEqualTo(x.containing("will cost four million euros").speaker());
    }

    @Test
    void twoFullerDescriptionsWithTheSameHeadLeaveTheBareNounItsOwn() {
        Extraction x = Extraction.of("The chief engineer warned that the old bridge could close within a year. The "
                + "site engineer said that the piers were sound.\n\nThe engineer said the repairs would start in March.",
                PEOPLE);
        String bare = x.containing("the repairs would start in March").speaker();
        assertThat(bare).isNotEqualTo(x.containing("the old bridge could close").speaker())
                .isNotEqualTo(x.containing("the piers were sound").speaker());
    }
}
