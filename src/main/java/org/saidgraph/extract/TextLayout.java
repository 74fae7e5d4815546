package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Paragraphs and sentences of an article as character ranges. Sentences never cross a paragraph break; abbreviations
 * such as "U.S." and "Gen." do not end one. A light splitter of our own, so that the pattern finders need no models.
 */
public final class TextLayout {

    /** A half-open character range. */
    public record Range(int start, int end) {
        public boolean contains(int i) {
            return i >= start && i < end;
        }
    }

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "st", "lt",
            "col", "gov", "prof", "jr", "sr", "sgt", "capt", "maj", "adm", "u.s", "u.k", "u.n", "e.u", "vs", "no", "jan",
            "feb", "aug", "sept", "sep", "oct", "nov", "dec", "inc", "co", "corp", "ltd", "d.c", "a.m", "p.m", "etc",
            "rev", "del");

    private final String text;
    private final List<Range> paragraphs = new ArrayList<>();
    private final List<Range> sentences = new ArrayList<>();

    public TextLayout(String text) {
        this.text = text;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                Range p = trim(start, i);
                if (p != null) {
                    paragraphs.add(p);
                    splitSentences(p);
                }
                start = i + 1;
            }
        }
    }

    public String text() {
        return text;
    }

    public List<Range> paragraphs() {
        return paragraphs;
    }

    /**
     * The headline, when there is one: the first paragraph of a text of two or more. A text of one paragraph has no
     * headline; its first line is a sentence of the story, and rules meant for headlines (title case, labels) or
     * rules that spare them (quoted titles) must treat it as story.
     */
    public Optional<Range> headline() {
        return paragraphs.size() < 2 ? Optional.empty() : Optional.of(paragraphs.get(0));
    }

    /** Whether {@code offset} lies in the {@link #headline() headline}. */
    public boolean inHeadline(int offset) {
        return paragraphs.size() >= 2 && offset < paragraphs.get(0).end();
    }

    public List<Range> sentences() {
        return sentences;
    }

    public int paragraphIndex(int offset) {
        return firstEndingAfter(paragraphs, offset);
    }

    public int sentenceIndex(int offset) {
        return firstEndingAfter(sentences, offset);
    }

    /** Binary search: the first range whose end lies beyond {@code offset}, else the last range. */
    private static int firstEndingAfter(List<Range> ranges, int offset) {
        int lo = 0;
        int hi = ranges.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (offset < ranges.get(mid).end()) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return hi;
    }

    public Range sentenceAt(int offset) {
        return sentences.get(Math.max(0, sentenceIndex(offset)));
    }

    public Range paragraphAt(int offset) {
        return paragraphs.get(Math.max(0, paragraphIndex(offset)));
    }

    private void splitSentences(Range p) {
        int start = p.start();
        for (int i = p.start(); i < p.end(); i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < p.end() && (Quotes.isMark(text.charAt(j)) || text.charAt(j) == ')')) {
                j++;
            }
            if (j >= p.end() || !Character.isWhitespace(text.charAt(j))) {
                continue;
            }
            int k = j;
            while (k < p.end() && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k >= p.end()) {
                continue;
            }
            char next = text.charAt(k);
            if (!(Character.isUpperCase(next) || Character.isDigit(next) || Quotes.isMark(next))) {
                continue;
            }
            if (c == '.' && isAbbreviation(i)) {
                continue;
            }
            Range s = trim(start, j);
            if (s != null) {
                sentences.add(s);
            }
            start = k;
        }
        Range s = trim(start, p.end());
        if (s != null) {
            sentences.add(s);
        }
    }

    private boolean isAbbreviation(int dot) {
        int b = dot;
        while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        String word = text.substring(b, dot).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(text.charAt(b))) {
            return true; // an initial, as in "John F. Kennedy"
        }
        if (word.matches("(?:\\p{L}\\.)+\\p{L}")) {
            return true; // initials or an abbreviation with inner stops: "J.B.", "N.H.", "H.W.", "D-N.C."
        }
        return ABBREVIATIONS.contains(word);
    }

    private Range trim(int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? new Range(start, end) : null;
    }
}
