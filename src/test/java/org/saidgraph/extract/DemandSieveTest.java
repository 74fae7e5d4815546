package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demands and appeals that the parse leaves to {@link DemandSieve}: a "calling for" that is not finite, and "urge" or
 * "call on" with the one appealed to and an infinitive (all sentences invented).
 */
class DemandSieveTest {

    private static final ListTagger TAGGER = ListTagger.people("Maria Lopez", "Tom Reyes", "Jane Okafor");

    /** Each statement's text, with the rule that made it and its speaker's name: "rule | speaker". */
    private static Map<String, String> read(String text) {
        Extractor.Traced t = new Extractor(TAGGER, Extraction.GAZETTEER).extractTraced(new ArticleInput(text,
                "Test article", null, null, null, null), KnownEntities.none());
        Map<String, String> names = new HashMap<>();
        t.dataset().entities().forEach(e -> names.put(e.id(), e.name()));
        Map<String, String> out = new HashMap<>();
        t.dataset().statements().forEach(s -> out.put(s.text(), t.rules().get(s.id()) + " | " + names.get(
                s.speaker())));
        return out;
    }

    @Test
    void aCallingForThatIsNotFiniteIsADemandOfWhoeverTheParseMakesItsSubject() {
        assertThat(read("The senator has outflanked her rival on trade by calling for a ban on new port fees."))
                .containsEntry("a ban on new port fees", "demand-gerund | Senator");
        assertThat(read("Maria Lopez stopped short of calling for the harbour chief to be fired."))
                .containsEntry("the harbour chief to be fired", "demand-gerund | Maria Lopez");
        assertThat(read("The fee was dropped, with three governors all calling for a lower toll on the bridge, while "
                + "the airlines objected.")).containsEntry("a lower toll on the bridge", "demand-gerund | Governors");
    }

    @Test
    void aCallingForOnANounIsThatNounsAndEndsBeforeTheSentencesOwnVerb() {
        assertThat(read("A chorus of nurses calling for the minister to step down has gathered outside the "
                + "hospital."))
                .containsEntry("the minister to step down", "demand-gerund | Nurses");
    }

    @Test
    void aCallingOnWithoutAnInfinitiveIsAVisit() {
        assertThat(read("The mayor spent Monday calling on voters in rural districts.").values())
                .noneMatch(v -> v.startsWith("demand-gerund"));
    }

    @Test
    void anAppealWhoseVerbTheParseLeftWithoutAReadingIsTheSubjectsDemand() {
        assertThat(read("The port workers denounced the plan, and urged him to resign."))
                .containsEntry("him to resign", "appeal-infinitive | Port workers");
    }

    @Test
    void aProFormOrAnAsideOfTheReporterIsNoAppeal() {
        assertThat(read("Jane Okafor did not apologize, something many of her allies had urged her to do.").values())
                .noneMatch(v -> v.startsWith("appeal-infinitive"));
        assertThat(read("Tom Reyes, who has called on the board to quit, did not attend.").values())
                .noneMatch(v -> v.startsWith("appeal-infinitive"));
    }
}
