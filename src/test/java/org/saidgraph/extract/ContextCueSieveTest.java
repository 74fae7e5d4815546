package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A verb that is a speech cue only in some frames ({@link ContextCueSieve}): the table learned from PolNeAR train
 * ({@code context-cues-learned.tsv}) accepts a frame where its statements found a gold attribution often enough. The
 * sentences are invented, of the shapes the table accepts and rejects.
 */
class ContextCueSieveTest {

    private static final ListTagger NOBODY = ListTagger.people();

    @Test
    void keysGoFromTheWholeFrameToTheLemmaAndFrame() {
        assertThat(ContextCueSieve.keys("release", "obj", "doc", "name")).containsExactly("release|obj|doc|name",
                "release|obj|doc", "release|obj|*|name", "release|obj");
    }

    @Test
    void theMostSpecificKeyReadOftenEnoughDecides() {
        // "find" with a clause and a description as its subject ("the survey found that …") is accepted on train;
        // "find" with a noun object ("found the fees too high") is not.
        assertThat(ContextCueSieve.accepted(ContextCueSieve.keys("find", "clause", "-", "noun"))).isTrue();
        assertThat(ContextCueSieve.accepted(ContextCueSieve.keys("find", "obj", "fee", "noun"))).isFalse();
        assertThat(ContextCueSieve.accepted(List.of("unheard-of|obj"))).isFalse();
    }

    @Test
    void aFindingOrAWorryWithItsClauseIsAStatement() {
        Extraction x = Extraction.of("The harbour board met on Monday. A new survey of county voters found that most "
                + "of them oppose the levy.", NOBODY);
        assertThat(x.the("most of them oppose the levy").verbatim()).isFalse();
        Extraction y = Extraction.of("The mayor worried that the new harbour fees would drive the ferries away.",
                NOBODY);
        assertThat(y.name(y.the("the new harbour fees would drive the ferries away").speaker()))
                .containsIgnoringCase("mayor");
    }

    @Test
    void aLearningExtractorReadsTheFramesTheTableRejectsAndNamesEachByItsKey() {
        String text = "The mayor found the new harbour fees far too high for the ferries.";
        ArticleInput in = new ArticleInput(text, "Test article", null, null, null, null);
        Extractor shipped = new Extractor(NOBODY, Gazetteer.shipped());

        Extractor.Traced learning = shipped.learningSenses().extractTraced(in, KnownEntities.none());

        assertThat(shipped.extractTraced(in, KnownEntities.none()).rules().values())
                .noneMatch(r -> r.startsWith("context-cue"));
        assertThat(learning.rules().values()).anyMatch(r -> r.startsWith("context-cue:find|"));
    }

    @Test
    void theSameVerbInAFrameTheTableRejectsIsNoStatement() {
        Extraction x = Extraction.of("The mayor found the new harbour fees far too high for the ferries.", NOBODY);
        assertThat(x.statement("the new harbour fees far too high for the ferries")).isEmpty();
        assertThat(x.dataset().statements()).isEmpty();
    }
}
