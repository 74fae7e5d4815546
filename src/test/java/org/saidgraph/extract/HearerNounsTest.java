package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The object of "told" that names people who hear ("her closest aides", "friends", "analysts" — {@code HEARERS} of
 * {@link VerbCueSieve}) is whom it was told to, not what was told, so what was said is the clause before the
 * attribution or after the hearer. The sentences are written for these tests.
 */
class HearerNounsTest {

    private static final ListTagger PEOPLE = ListTagger.people("Lena Brandt");

    @Test
    void theClauseBeforeTellingAidesIsWhatWasSaid() {
        Extraction x = Extraction.of("The ferry board met on Monday.\nThis is not about the money, Governor Lena "
                + "Brandt told her closest aides as she prepared the speech.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text).containsExactly("This is not about the money");
        assertThat(x.speakerName("This is not about the money")).isEqualTo("Lena Brandt");
    }
}
