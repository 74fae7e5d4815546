package org.saidgraph.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The words of a statement as linking compares them: what two reports of the same quotation share however each
 * outlet typeset it. Case, quotation marks and apostrophes (straight or curly), dashes, whitespace and punctuation
 * are set aside, so "No, it is not." and “no — it is not” have the same words; the letters and digits, and their
 * order, are what counts.
 */
public final class Wording {

    private Wording() {
    }

    /**
     * The words of {@code text}, lower-cased: runs of letters and digits, in order. An apostrophe inside a word
     * joins it ("let's", "let’s" and "lets" are one word); every other character separates words.
     */
    public static List<String> words(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            int next = i + Character.charCount(c);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                word.appendCodePoint(c);
            } else if (isApostrophe(c) && !word.isEmpty() && next < folded.length()
                    && Character.isLetterOrDigit(folded.codePointAt(next))) {
                // inside a word: dropped, the word goes on
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
            i = next;
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return Collections.unmodifiableList(words);
    }

    /** The words joined by single spaces: the form in which two texts are equal "after normalising". */
    public static String normalised(String text) {
        return String.join(" ", words(text));
    }

    /** Where {@code part} begins as a contiguous run inside {@code whole}, or -1. */
    public static int indexOf(List<String> whole, List<String> part) {
        if (part.isEmpty() || part.size() > whole.size()) {
            return -1;
        }
        outer:
        for (int i = 0; i + part.size() <= whole.size(); i++) {
            for (int j = 0; j < part.size(); j++) {
                if (!whole.get(i + j).equals(part.get(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '`';
    }
}
