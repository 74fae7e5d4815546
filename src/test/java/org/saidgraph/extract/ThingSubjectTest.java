package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule thing-subject-main ({@link ThingSubject}): a speech verb the parse hangs inside a clause, so that its subject
 * is a thing ("the cuts"), is spoken by the person who is the subject of the sentence's main verb; a finite verb's
 * own thing subject ("history says") stays. Seen on PolNeAR train giving statements to speakers named "Changes" or
 * "Every answer"; the sentences are invented.
 */
class ThingSubjectTest {

    private static final ListTagger PEOPLE = ListTagger.people("Anna Lind", "Tom Ruiz");

    @Test
    void aSayingCoordinatedInsideTheObjectIsTheMainSubjects() {
        Extraction x = Extraction.of("Anna Lind runs the ferry company on the island. Tom Ruiz leads the harbour "
                + "workers' union. Ms. Lind denied the suggestion that the cuts meant a purge and said that "
                + "no crew would lose work.", PEOPLE);
        assertThat(x.name(x.containing("no crew would lose work").speaker())).isEqualTo("Anna Lind");
    }

    @Test
    void aThingAFiniteVerbSaysKeepsItsSpeaker() {
        Extraction x = Extraction.of("Tom Ruiz leads the harbour workers' union. Tom Ruiz kept his seat on the "
                + "council, although history says recounts can bring sudden reversals.", PEOPLE);
        assertThat(x.name(x.containing("recounts can bring sudden reversals").speaker())).isNotEqualTo("Tom Ruiz");
    }

    @Test
    void aVerbCoordinatedInsideARelativeClauseKeepsTheNounItDescribes() {
        Extraction x = Extraction.of("Anna Lind runs the ferry company on the island. Anna Lind liked the film, "
                + "which followed the crews and explained that the timetable was too thin.", PEOPLE);
        assertThat(x.dataset().statements()).filteredOn(st -> st.text().contains("the timetable was too thin"))
                .allSatisfy(st -> assertThat(x.name(st.speaker())).isNotEqualTo("Anna Lind"));
    }
}
