package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A relative "who" with no name right before it speaks as the common noun its clause describes
 * ({@link RelativeAntecedent}, read by {@link Sources}); before, no speaker was found for "who" and the saying was
 * dropped. The parses are written out by hand, in the shape the parser gives on PolNeAR train (a clause hung on its
 * noun as {@code acl:relcl}), since it gives other shapes for short invented sentences.
 */
class RelativeAntecedentTest {

    /** A parse of space-separated words with their tags, heads and relations. */
    private static Analysis parse(String[] words, String[] tags, int[] heads, String[] relations) {
        List<Analysis.Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Analysis.Token(at, at + words[i].length(), words[i], tags[i], words[i].toLowerCase()));
            at += words[i].length() + 1;
        }
        return new Analysis(tokens, List.of(new Analysis.Sentence(0, words.length)), List.of(), heads, relations);
    }

    @Test
    void aRelativeWhoStandsForTheNounItsClauseDescribes() {
        // "For someone who conceded it , …": "who" (2) is the subject of "conceded" (3), hung on "someone" (1).
        Analysis a = parse(new String[] {"For", "someone", "who", "conceded", "it"},
                new String[] {"IN", "NN", "WP", "VBD", "PRP"}, new int[] {1, -1, 3, 1, 3},
                new String[] {"case", "root", "nsubj", "acl:relcl", "obj"});
        assertThat(RelativeAntecedent.of(a, 2)).isEqualTo(1);
    }

    @Test
    void aRelativeWhoOnAClauseTheParseHangsOnNoNounStandsForNone() {
        // "… went to someone who said …", the verb read as a clausal subject: nothing to stand for.
        Analysis a = parse(new String[] {"someone", "who", "said", "it", "went"},
                new String[] {"NN", "WP", "VBD", "PRP", "VBD"}, new int[] {4, 2, 4, 2, -1},
                new String[] {"obl", "nsubj", "csubj", "obj", "root"});
        assertThat(RelativeAntecedent.of(a, 1)).isEqualTo(-1);
    }
}
