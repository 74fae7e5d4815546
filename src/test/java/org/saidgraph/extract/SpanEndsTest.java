package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The phrases {@link SpanEnds} reads off the parse around a reported statement, and how its learned table decides.
 * The sentences are invented for these tests.
 */
class SpanEndsTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    /** The phrases found around the statement that begins with {@code start}, extracted with no cut applied. */
    private static List<SpanEnds.Candidate> phrases(String text, String start) {
        Extractor.Traced t = new Extractor(PEOPLE, Extraction.GAZETTEER).learningEnds()
                .extractTraced(new ArticleInput(text, "Test article", null, null, null, null), KnownEntities.none());
        Statement s = t.dataset().statements().stream().filter(x -> x.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement starting " + start + " in "
                        + t.dataset().statements().stream().map(Statement::text).toList()));
        return t.ends().get(s.id());
    }

    @Test
    void aClosingRelativeClauseIsKeyedByItsRelationThePunctuationBeforeItAndItsFirstWord() {
        String text = "Ana Okafor said the levy will fall on Portsea, which has the fewest shops in the county.";
        List<SpanEnds.Candidate> phrases = phrases(text, "the levy will fall");
        SpanEnds.Candidate which = phrases.stream().filter(c -> c.keys().get(0).endsWith("|,|which")).findFirst()
                .orElseThrow(() -> new AssertionError(phrases.toString()));
        assertThat(which.keys().get(0)).startsWith("acl");
        assertThat(which.keys()).hasSize(3).last().asString().doesNotContain("which");
        assertThat(which.extension()).isFalse();
        assertThat(text.substring(0, which.end())).endsWith("on Portsea");
        assertThat(which.opener()).isEqualTo(text.indexOf("which"));
    }

    @Test
    void aClauseTheSpeakerGoesOnWithAfterTheStatementIsAFollowingPhrase() {
        String text = "Ana Okafor says she plans to run again in May, but she admits that the budget will be hard to "
                + "pass.";
        List<SpanEnds.Candidate> phrases = phrases(text, "she plans");
        assertThat(phrases).filteredOn(SpanEnds.Candidate::extension).singleElement().satisfies(c -> {
            assertThat(c.keys().get(0)).startsWith(SpanEnds.NEXT + "conj").endsWith("|,|but");
            assertThat(text.substring(0, c.end())).endsWith("hard to pass");
        });
    }

    @Test
    void noPhraseOpensInsideAQuotation() {
        String text = "Lena Brandt said the levy was \u201ca tax on Portsea, which never asked for it\u201d and would "
                + "be repealed.";
        Extractor.Traced t = new Extractor(PEOPLE, Extraction.GAZETTEER).learningEnds()
                .extractTraced(new ArticleInput(text, "Test article", null, null, null, null), KnownEntities.none());
        int quote = text.indexOf('\u201c');
        int close = text.indexOf('\u201d');
        assertThat(t.ends().values()).allSatisfy(list -> assertThat(list)
                .noneMatch(c -> c.opener() > quote && c.opener() < close));
    }

    @Test
    void theMostSpecificKeyTheTableHoldsDecides() {
        SpanEnds table = new SpanEnds(Map.of("acl|,|WDT", new SpanEnds.Verdict(20, 4, false),
                "acl|,", new SpanEnds.Verdict(5, 30, true)));
        SpanEnds.Candidate which = new SpanEnds.Candidate(List.of("acl|,|which", "acl|,|WDT", "acl|,"), 10, 12, false);
        SpanEnds.Candidate who = new SpanEnds.Candidate(List.of("acl|,|who", "acl|,|WP", "acl|,"), 10, 12, false);
        SpanEnds.Candidate conj = new SpanEnds.Candidate(List.of("conj|,|and", "conj|,|CC", "conj|,"), 10, 12, false);
        assertThat(table.verdict(which).apply()).as("the word's tag is met, and kept").isFalse();
        assertThat(table.verdict(who).apply()).as("only the relation is met, and cut").isTrue();
        assertThat(table.verdict(conj)).as("nothing met: the phrase stays").isNull();
    }

    @Test
    void theTableReadsCutAndExtendAsApplyingAndRejectsARowWithoutAVerdict() {
        SpanEnds table = SpanEnds.read(new ByteArrayInputStream(("# counts\n"
                + "appos|,|the\t3\t12\t1\t6\t2\tcut\n"
                + "conj|,|and\t12\t3\t0\t1\t5\tkeep\n"
                + SpanEnds.NEXT + "conj|,|but\t10\t2\t1\t4\t1\textend\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(table.size()).isEqualTo(3);
        assertThat(table.verdict(new SpanEnds.Candidate(List.of("appos|,|the"), 1, 2, false)).apply()).isTrue();
        assertThat(table.verdict(new SpanEnds.Candidate(List.of("conj|,|and"), 1, 2, false)).apply()).isFalse();
        assertThat(table.verdict(new SpanEnds.Candidate(List.of(SpanEnds.NEXT + "conj|,|but"), 9, 2, true)).apply())
                .isTrue();
        assertThatThrownBy(() -> SpanEnds.read(new ByteArrayInputStream("appos|,|the\t3\n".getBytes(
                StandardCharsets.UTF_8)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appos");
    }

    @Test
    void withTheLearnedTableAStatementTakesInTheConcessionAfterItAndWithoutItDoesNot() {
        // ", even though": ", even if" the plain cut keeps in the clause too (EvenIfConditionTest).
        String text = "Ana Okafor said the ferry will run on Sundays, even though the council cuts its budget.";
        ArticleInput input = new ArticleInput(text, "Test article", null, null, null, null);
        Extractor plain = new Extractor(PEOPLE, Extraction.GAZETTEER);
        assertThat(plain.withLearnedEnds().extract(input, KnownEntities.none()).statements())
                .extracting(Statement::text)
                .anyMatch(t -> t.startsWith("the ferry will run") && t.endsWith("cuts its budget"));
        assertThat(plain.extract(input, KnownEntities.none()).statements()).extracting(Statement::text)
                .noneMatch(t -> t.endsWith("cuts its budget"));
    }
}
