package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule {@code participle-past-subordinate} ({@link ParticipleAfterSubordinate}): a participle set off by a comma at the
 * end of a sentence, which the parser hangs on the verb of an adverbial clause ("until …"), speaks for the main
 * clause's subject, not for that clause's. The sentences are invented for these tests.
 */
class ParticipleAfterSubordinateTest {

    private static final ListTagger NAMES = new ListTagger(Map.of("Eduard Kain", "PERSON", "Osmara", "LOCATION",
            "Jo Marlow", "PERSON", "Tarn", "LOCATION", "SALT CITY", "LOCATION"));

    @Test
    void theParticipleAfterAnUntilClauseIsTheMainSubjects() {
        Extraction x = Extraction.of("Lorvani President Eduard Kain vowed to keep troops in the border zone until "
                + "Osmara withdraws its forces, saying through an interpreter that \"peace cannot be built on "
                + "occupation.\"", NAMES);
        assertThat(x.speakerName("peace cannot be built on occupation.")).isEqualTo("Eduard Kain");
    }

    @Test
    void aDateTheParseTookForASubjectIsPassedOverToo() {
        Extraction x = Extraction.of("Lorvan president vows to stay\nSALT CITY (Wire) — Lorvani President Eduard Kain "
                + "vowed on Friday to keep troops in the border zone until Osmara withdraws its forces, saying through "
                + "an interpreter that \"peace cannot be built on occupation.\"", NAMES);
        assertThat(x.speakerName("peace cannot be built on occupation.")).isEqualTo("Eduard Kain");
    }

    @Test
    void aNounPredicateIsNotPassedOver() {
        Extraction x = Extraction.of("It is a big if, but Jo Marlow was in Tarn on Tuesday night, two months before "
                + "the state votes, emphasizing the port's importance and making her pitch.", NAMES);
        assertThat(x.speakerName("the port's importance")).isEqualTo("Jo Marlow");
    }
}
