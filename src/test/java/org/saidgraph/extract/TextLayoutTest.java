package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextLayoutTest {

    @Test
    void doesNotEndASentenceAtAnAbbreviation() {
        String text = "The U.S. will send aid, Gen. Smith said. Talks resume Monday.";
        TextLayout layout = new TextLayout(text);
        assertThat(layout.sentences()).hasSize(2);
        assertThat(text.substring(layout.sentences().get(1).start(), layout.sentences().get(1).end()))
                .isEqualTo("Talks resume Monday.");
    }

    @Test
    void neverLetsASentenceCrossAParagraphBreak() {
        TextLayout layout = new TextLayout("First line without a stop\nSecond line.");
        assertThat(layout.paragraphs()).hasSize(2);
        assertThat(layout.sentences()).hasSize(2);
    }

    @Test
    void splitsSentencesInsideAQuotation() {
        String text = "“One. Two.” Three.";
        assertThat(new TextLayout(text).sentences()).hasSize(3);
    }

    @Test
    void aTextOfOneParagraphHasNoHeadline() {
        TextLayout one = new TextLayout("Lena Brandt said the fares would rise.");
        assertThat(one.headline()).isEmpty();
        assertThat(one.inHeadline(0)).isFalse();
        TextLayout two = new TextLayout("Fares to Rise\n\nLena Brandt said the fares would rise.");
        assertThat(two.headline()).contains(new TextLayout.Range(0, 13));
        assertThat(two.inHeadline(5)).isTrue();
        assertThat(two.inHeadline(15)).isFalse();
    }
}
