package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A description by a role noun is the person the article named with that role ("Judge Miriam Oduya" … "the judge"),
 * and only that person (rule role-named-only); a description set off after a name is that name's apposition, a
 * subject only where the name is (rule apposition-follows-name). The sentences are invented for these tests.
 */
class RoleDescriptionTest {

    private static final ListTagger PEOPLE = ListTagger.people("Miriam Oduya", "Otto Brandt", "Paul Brenner");

    @Test
    void theJudgeIsTheJudgeNamedBefore() {
        Extraction x = Extraction.of("Judge Miriam Oduya wrote in a long opinion that the review was careless. The "
                + "judge also said the agency had withheld documents from the plaintiffs.", PEOPLE);
        assertThat(x.name(x.containing("the agency had withheld documents").speaker())).isEqualTo("Miriam Oduya");
    }

    @Test
    void theSheriffIsTheSheriffNamedBefore() {
        Extraction x = Extraction.of("Sheriff Otto Brandt spoke to the county board on Monday. The sheriff said the "
                + "new jail would open in the spring.", PEOPLE);
        assertThat(x.name(x.containing("the new jail would open").speaker())).isEqualTo("Otto Brandt");
    }

    @Test
    void anAppositionOfAPrepositionsObjectIsNoSubjectForALaterPronoun() {
        // "the county sheriff" is the apposition of "by Otto Brandt", not the sentence's subject: Paul Brenner is,
        // and the "he" of the next paragraph takes him up.
        Extraction x = Extraction.of("Dam Plan Advances\n\nPreceded at the lectern by Otto Brandt, the county sheriff "
                + "and a longtime ally, Paul Brenner began a long complaint about what the dry summer cost the valley."
                + "\n\n\"We will finish this dam!\" he said to loud applause.", PEOPLE);
        assertThat(x.name(x.containing("We will finish this dam").speaker())).isEqualTo("Paul Brenner");
    }

    @Test
    void theJudgeNobodyWasNamedAsIsNotTheManLastNamed() {
        // Rule role-named-only: no one is named as a judge, so "the judge" is not Tom Halden, the subject just before.
        Extraction x = Extraction.of("Tom Halden appeared in the county court on Monday. The judge said the trial "
                + "would start in May.", ListTagger.people("Tom Halden"));
        assertThat(x.name(x.containing("the trial would start in May").speaker())).isNotEqualTo("Tom Halden");
    }
}
