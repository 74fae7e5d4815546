package org.saidgraph.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a search as the full-text indexes see them: letters and digits only, lower case, without diacritics
 * ("Nausėda" is "nauseda"); each word matches a word of the text whole, as its prefix, or, when it has five letters
 * or more, with one typo. The Lucene query built from them and the highlights found in an article agree.
 */
final class SearchWords {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private SearchWords() {
    }

    static String fold(String s) {
        // Most words of an article are plain ASCII, which has no marks to drop: lower-casing is all folding does to
        // them, without the decomposition and the regular expression (a fifth of a search's CPU when every word of
        // the page's articles went through them to find the highlights).
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** The folded words of {@code q}, in order. */
    static List<String> of(String q) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(fold(q));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** Lucene clauses for the words: whole (scored highest), prefix, one typo. Nothing in them is Lucene syntax. */
    static String lucene(List<String> words) {
        return String.join(" ", words.stream().map(w -> "(" + w + "^4 OR " + w + "*"
                + (w.length() >= 5 ? " OR " + w + "~1" : "") + ")").toList());
    }

    /** Whether a folded word of the text matches a word of the search, as the Lucene clauses would. */
    static boolean matches(String token, String word) {
        return token.startsWith(word) || (word.length() >= 5 && oneEditApart(token, word));
    }

    /** The [start, end) offsets of the words of {@code text} that match one of {@code words}. */
    static List<int[]> find(String text, int from, int to, List<String> words) {
        List<int[]> found = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            String token = fold(m.group());
            for (String w : words) {
                if (matches(token, w)) {
                    found.add(new int[]{m.start(), m.end()});
                    break;
                }
            }
        }
        return found;
    }

    /** One insertion, deletion, substitution or swap of neighbours apart (Lucene's ~1). */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i))
                : a.substring(i).equals(b.substring(i + 1));
    }
}
