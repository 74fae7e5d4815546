package org.saidgraph.dataset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PassagesTest {

    static final String TEXT = "First sentence here. Bremmer said Musk told him \"prepared to negotiate\", but only if "
            + "asked. Third one!\nHe said: “Let’s try this then.”\nLast line without stop";

    static String around(String words) {
        int start = TEXT.indexOf(words);
        return Passages.around(TEXT, start, start + words.length());
    }

    @Test
    void widensAQuoteToItsSentence() {
        assertThat(around("prepared to negotiate")).isEqualTo(
                "Bremmer said Musk told him \"prepared to negotiate\", but only if asked.");
    }

    @Test
    void keepsClosingQuotesAfterTheStop() {
        assertThat(around("Let’s try this then.")).isEqualTo("He said: “Let’s try this then.”");
    }

    @Test
    void stopsAtLineBreaks() {
        assertThat(around("without")).isEqualTo("Last line without stop");
        assertThat(around("Third")).isEqualTo("Third one!");
    }

    @Test
    void aSpanOverTwoSentencesGivesBoth() {
        assertThat(around("here. Bremmer")).startsWith("First sentence here.").endsWith("only if asked.");
    }

    @Test
    void survivesEdges() {
        assertThat(Passages.around("", 0, 0)).isEmpty();
        assertThat(Passages.around(null, 0, 0)).isEmpty();
        assertThat(Passages.around("abc", -5, 99)).isEqualTo("abc");
    }
}
