package org.saidgraph.extract;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * No input text may make extraction throw. News-like text is generated from pieces written here (names with
 * initials, abbreviations that look like sentence ends, every kind of quotation mark, open and unbalanced quotes,
 * attributions before and after, colons, lists, paragraph breaks, characters outside the Basic Multilingual Plane)
 * and shuffled; every draft must validate. One property runs with a tagger that reports random spans (names that
 * cross sentence and paragraph breaks, as a real tagger sometimes does), the other with CoreNLP itself. Nor may
 * any text make it run on for ever: each article has a deadline far above the milliseconds it takes, so that an
 * endless loop (once, an empty name searched for in the text) fails with its sample instead of hanging the suite.
 */
class ExtractionNeverThrowsTest {

    private static final List<String> PIECES = List.of(
            "Rep. J.B. Pritzker (D-Ill.) said", "N.H.", "George H.W. Bush", "in Concord, N.H.\n\nThe governor",
            "U.S. officials said", "Gov. Anna Lysenko told reporters that", "“We will not back down,” she said.",
            "\"Unclosed quote", "”", "“", "\"", "'", "‘scare quotes’", "''Two apostrophes,'' he said.",
            "«Guillemets»", ", according to the ministry.", "According to Ivan Sokolov,", "said:", ":", "\n", "\n\n",
            "- first item", "1. second item", "He said.", "she added,", "Sokolov's demands were that", "They were that",
            "the campaign said in a statement", "Mr.", "Dr. Smith", "Jan. 5", "p.m.", "…", "—", "(", ")", "🙂 emoji",
            "𝐁𝐨𝐥𝐝 letters", "Zelenskyy@example", "@elonmusk", "Dear Anna,", "drew criticism from European leaders",
            "was condemned by the UN", "offered a sharp response to", "asked whether", "denied that", "“Nested ‘term’ here,”",
            "Washington Post", "A.", "B.C.", "e.g.", "i.e.", "No.", "St.", "Inc.", "  ", "\t", "\r\n", ",", ".", "?!");

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Property(tries = 200)
    void extractionWithARandomTaggerNeverThrowsNorHangs(@ForAll("articles") String text,
                                                        @ForAll("seeds") long seed) {
        assertTimeoutPreemptively(DEADLINE, () -> Extraction.of(text, randomTagger(seed)),
                () -> "extraction ran past " + DEADLINE + " with tagger seed " + seed + " on: " + text);
    }

    @Property(tries = 60)
    void extractionWithCoreNlpNeverThrowsNorHangs(@ForAll("articles") String text) {
        Extraction x = assertTimeoutPreemptively(DEADLINE, () -> Extraction.of(text, SharedCoreNlp.ANALYZER),
                () -> "extraction ran past " + DEADLINE + " on: " + text);
        assertThat(x.dataset().statements()).allMatch(s -> s.span().end() > s.span().start());
    }

    /**
     * A sample the random-tagger property once falsified: the tagger called "Gov. Anna Lysenko" a place, and a rule
     * that looks a missed name up by its slug found that place and made it the speaker, where a place speaks through
     * its government.
     */
    @Example
    void aPlaceFoundAgainUnderAMissedNameSpeaksThroughItsGovernment() {
        String text = "Headline with “a quote”\n\nGov. Anna Lysenko told reporters that,          , according to the "
                + "ministry.,  , ,  Gov. Anna Lysenko told reporters that\n”\n““ ”“\ni.e., ..S7,)\n, \"";
        Extraction x = Extraction.of(text, randomTagger(4568084093848L));
        assertThat(x.dataset().statements()).isNotEmpty();
    }

    /**
     * A sample the random-tagger property falsified in session 26 (shrunk by jqwik): a clause widened around an
     * unclosed quotation at the very end of the text ran one character past it.
     */
    @Example
    void aClauseAroundAnUnclosedQuotationAtTheEndOfTheTextStaysInsideTheText() {
        String text = "Headline with “a quote”\n\n 0n{T/o=\n\n''Two apostrophes,'' he said.\n\nU.S. officials said~ "
                + "\"Unclosed quote. !1~t;aw-K@L/, “";
        Extraction x = assertTimeoutPreemptively(DEADLINE, () -> Extraction.of(text, randomTagger(-69)));
        assertThat(x.dataset().statements()).allMatch(s -> s.span().end() <= text.length());
    }

    @Provide
    Arbitrary<String> articles() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12),
                Arbitraries.strings().withChars("“”\"'‘’.,:;\n ").ofMaxLength(6));
        Arbitrary<String> separator = Arbitraries.of(" ", "", "\n", "\n\n", ". ", ", ");
        return Combinators.combine(piece.list().ofMinSize(1).ofMaxSize(40), separator.list().ofSize(40))
                .as((pieces, seps) -> {
                    StringBuilder b = new StringBuilder("Headline with “a quote”\n\n");
                    for (int i = 0; i < pieces.size(); i++) {
                        b.append(pieces.get(i)).append(seps.get(i));
                    }
                    return b.toString();
                });
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    /** Names anywhere, of any type, of any length: across sentence ends, paragraph breaks and quotation marks. */
    private static Analyzer randomTagger(long seed) {
        return text -> SharedCoreNlp.ANALYZER.analyze(text).withNames(randomNames(text, seed));
    }

    private static List<TaggedName> randomNames(String text, long seed) {
        {
            Random r = new Random(seed);
            List<TaggedName> names = new ArrayList<>();
            for (int i = 0; i < text.length() / 8; i++) {
                int start = r.nextInt(text.length());
                int end = Math.min(text.length(), start + 1 + r.nextInt(25));
                names.add(new TaggedName(start, end, List.of("PERSON", "ORGANIZATION", "LOCATION", "MISC")
                        .get(r.nextInt(4))));
            }
            return names;
        }
    }
}
