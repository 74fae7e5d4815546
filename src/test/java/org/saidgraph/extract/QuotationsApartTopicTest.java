package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.saidgraph.extract.QuotePiecesTest.assertOneStatement;

/**
 * What the speaker spoke of, right after the attribution's verb ("said about finally speaking out"), is no second act
 * of speech: {@link QuotationsApart} joins the two pieces. The sentences are written for these tests.
 */
class QuotationsApartTopicTest {

    @Test
    void aTopicAfterSaidAboutIsNoSecondAct() {
        assertOneStatement("“I knew I would be sorry if I kept quiet,” Hugh Hill said about finally speaking out. "
                + "“Too much of what was written was wrong.”", "Hugh Hill", "I knew I would be sorry if I kept quiet,",
                "Too much of what was written was wrong.");
    }
}
