package org.saidgraph.evaluate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text and speaker matching exactly as the development gold's README specifies: NFKD without combining marks,
 * casefolded, every quotation mark deleted, whitespace collapsed, edge punctuation stripped; texts match when the
 * shorter is a substring of the longer and at least 0.6 of its length; a speaker is right when it contains the gold
 * speaker's surname (the last word of the canonical name).
 */
public final class Matching {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’„‚«»‹›]");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final String EDGE = ",.;:!?…–—-()[]";

    private Matching() {
    }

    public static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD);
        n = MARKS.matcher(n).replaceAll("").toLowerCase(Locale.ROOT);
        n = QUOTES.matcher(n).replaceAll("");
        n = SPACE.matcher(n).replaceAll(" ");
        int start = 0;
        int end = n.length();
        while (start < end && (Character.isWhitespace(n.charAt(start)) || EDGE.indexOf(n.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start && (Character.isWhitespace(n.charAt(end - 1)) || EDGE.indexOf(n.charAt(end - 1)) >= 0)) {
            end--;
        }
        return n.substring(start, end);
    }

    public static boolean textsMatch(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        String shorter = x.length() <= y.length() ? x : y;
        String longer = x.length() <= y.length() ? y : x;
        return !shorter.isEmpty() && longer.contains(shorter) && shorter.length() >= 0.6 * longer.length();
    }

    /** Whether the normalised {@code outer} holds the whole normalised {@code inner}, word for word. */
    public static boolean contains(String outer, String inner) {
        String o = " " + normalise(outer).replace("…", " ") + " ";
        String i = normalise(inner);
        return !i.isEmpty() && o.replaceAll("[,.;:!?]", " ").replaceAll("\\s+", " ")
                .contains(" " + i.replaceAll("[,.;:!?]", " ").replaceAll("\\s+", " ").strip() + " ");
    }

    public static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD);
        return MARKS.matcher(n).replaceAll("").toLowerCase(Locale.ROOT);
    }

    public static boolean speakerCorrect(String systemSpeaker, String goldSpeaker) {
        if (systemSpeaker == null || goldSpeaker == null) {
            return false;
        }
        String[] words = fold(goldSpeaker).trim().split("\\s+");
        return fold(systemSpeaker).contains(words[words.length - 1]);
    }
}
