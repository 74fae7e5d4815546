package org.saidgraph.evaluate;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The brat reader and the span scorer on an annotation written for the test, in PolNeAR's format. */
class SpanScorerTest {

    // Written for this test. "🙂" is outside the Basic Multilingual Plane: brat counts it as one character, Java as two.
    private static final String TEXT = """
            Mayor 🙂 Hearing
            Mayor Anna Lysenko said the bridge would reopen in May. "We will not wait," she added, "for anyone."
            The council believes the budget is too small.
            Ivan Sokolov, a spokesman for the council, who spoke on Monday, said the vote was delayed.
            """;

    private static int cp(String s) {
        int i = TEXT.indexOf(s);
        return TEXT.codePointCount(0, i);
    }

    private static String t(String id, String type, String s) {
        return id + "\t" + type + " " + cp(s) + " " + (cp(s) + s.codePointCount(0, s.length())) + "\t" + s;
    }

    private static List<String> ann() {
        String split1 = "\"We will not wait,\"";
        String split2 = "\"for anyone.\"";
        return List.of(
                t("T1", "Source", "Mayor Anna Lysenko"), t("T2", "Cue", "said"),
                t("T3", "Content", "the bridge would reopen in May"),
                "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
                "T4\tContent " + cp(split1) + " " + (cp(split1) + split1.length()) + ";" + cp(split2) + " "
                        + (cp(split2) + split2.length()) + "\tsplit",
                t("T5", "Source", "she"), t("T6", "Cue", "added"),
                "E2\tAttribution:T6 Source:T5 Cue:T6 Content:T4",
                t("T7", "Source", "The council"), t("T8", "Cue", "believes"),
                t("T9", "Content", "the budget is too small"),
                "E3\tAttribution:T8 Source:T7 Cue:T8 Content:T9",
                t("T10", "Source", "Ivan Sokolov, a spokesman for the council,"), t("T11", "Cue", "said the"),
                t("T12", "Content", "the vote was delayed"),
                "E4\tAttribution:T11 Source:T10 Cue:T11 Content:T12",
                "#1\tAnnotatorNotes T3\ta note the reader ignores");
    }

    private static BratGold gold() {
        return BratGold.of(TEXT, new BratReader().parse("test.ann", ann(), TEXT));
    }

    private static SystemStatement statement(String text, String speaker, String rule) {
        int start = TEXT.indexOf(text);
        return new SystemStatement(start, start + text.length(), speaker, List.of(), rule, text);
    }

    @Test
    void offsetsInCodePointsBecomeUtf16AndPiecesStayTogether() {
        BratGold g = gold();
        BratAttribution first = g.attributions().get(0).attribution();
        assertThat(TEXT.substring(first.content().get(0).start(), first.content().get(0).end()))
                .isEqualTo("the bridge would reopen in May");
        assertThat(g.attributions().get(1).attribution().content()).hasSize(2);
    }

    @Test
    void quotesAreDirectSpeechCuesIndirectAndBeliefsOther() {
        assertThat(gold().attributions()).extracting(GoldAttribution::kind).containsExactly(
                GoldAttribution.Kind.INDIRECT, GoldAttribution.Kind.DIRECT, GoldAttribution.Kind.OTHER,
                GoldAttribution.Kind.INDIRECT);
    }

    @Test
    void sourcesResolveToNamesThroughPronounsAndAppositions() {
        List<GoldAttribution> g = gold().attributions();
        assertThat(g.get(0).speaker().name()).containsExactly("anna", "lysenko");
        assertThat(g.get(1).speaker().name()).as("she: the nearest woman named before").containsExactly("anna",
                "lysenko");
        assertThat(g.get(2).speaker().head()).isEqualTo("council");
        assertThat(g.get(3).speaker().name()).containsExactly("ivan", "sokolov");
    }

    @Test
    void aStatementFindsGoldWhenEachCoversHalfOfTheOther() {
        SpanScore s = new SpanScorer().score("t", gold(), List.of(
                statement("the bridge would reopen in May", "Anna Lysenko", "a"),
                // The split quote as one statement covers both pieces and the attribution between them.
                statement("\"We will not wait,\" she added, \"for anyone.\"", "Lysenko", "b"),
                // Too long: the gold is less than half of this span.
                statement("Ivan Sokolov, a spokesman for the council, who spoke on Monday, said the vote was delayed",
                        "Ivan Sokolov", "c"))).score();
        assertThat(s.indirect().gold()).isEqualTo(2);
        assertThat(s.indirect().found()).isEqualTo(1);
        assertThat(s.indirect().strict()).isEqualTo(1);
        assertThat(s.direct().found()).isEqualTo(1);
        assertThat(s.direct().strict()).as("trimmed edges equal: quotation marks are ignored").isEqualTo(1);
        assertThat(s.direct().speakerRight()).isEqualTo(1);
        assertThat(s.precision().matching()).isEqualTo(2);
        assertThat(s.precision().system()).isEqualTo(3);
        assertThat(s.rules().get("c").matching()).isZero();
    }

    @Test
    void aWrongSpeakerIsCountedAndABeliefStillCountsForPrecision() {
        SpanScore s = new SpanScorer().score("t", gold(), List.of(
                statement("the vote was delayed", "Council", "a"),
                statement("the budget is too small", "Council", "b"))).score();
        assertThat(s.indirect().found()).isEqualTo(1);
        assertThat(s.indirect().speakerGold()).isEqualTo(1);
        assertThat(s.indirect().speakerRight()).as("the spokesman spoke, not the council").isZero();
        assertThat(s.precision().matching()).isEqualTo(2);
    }

    @Test
    void theReaderNamesFileAndLineOfASpanOutsideTheText(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path ann = dir.resolve("x.ann");
        Files.writeString(ann, "T1\tContent 5 900\tfar\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BratReader().read(ann, "short text"))
                .hasMessageContaining("x.ann line 1").hasMessageContaining("outside the text");
    }
}
