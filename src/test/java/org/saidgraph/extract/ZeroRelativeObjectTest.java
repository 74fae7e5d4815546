package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step zero-relative-object: a relative clause with no pronoun on a speech verb's object, which the parser hangs on
 * the verb (as a parataxis or an unlabelled dep), is part of what was said; one on a speech verb of its own is not taken in (the sentences are invented for
 * these tests).
 */
class ZeroRelativeObjectTest {

    private static final ListTagger PEOPLE = ListTagger.people("Mara Velez", "Tomas Lind");

    @Test
    void aRelativeClauseWithNoPronounRunsOnTheObject() {
        Extraction x = Extraction.of("Mara Velez has touted the bridge repairs she has helped bring to the harbour.",
                PEOPLE);
        assertThat(x.speakerName("the bridge repairs she has helped bring to the harbour")).isEqualTo("Mara Velez");
    }

    @Test
    void aRelativeClauseTheParserLeavesUnlabelledRunsOnTheObjectToo() {
        Extraction x = Extraction.of("The council announced the names of the firms it has hired for the pier "
                + "repairs, without giving the costs.", PEOPLE);
        assertThat(x.containing("the names of the firms").text())
                .startsWith("the names of the firms it has hired for the pier repairs");
    }

    @Test
    void aClauseOnASpeechVerbOfItsOwnIsNotTakenIn() {
        Extraction x = Extraction.of("Tomas Lind criticised the plan at the moment she announces it, from the pier to "
                + "the ferry.", PEOPLE);
        assertThat(x.containing("the plan").text()).doesNotContain("she announces it");
    }
}
