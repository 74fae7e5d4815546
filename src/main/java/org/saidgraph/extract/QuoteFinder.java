package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds every quotation whatever its marks: straight, curly, mismatched (“…" as printed), guillemets, and single
 * quotes inside double ones. A quote never crosses a paragraph break: news style reopens the quote at the start of
 * each paragraph it continues into, so an unclosed quote ends with its paragraph and the next paragraph's opening
 * mark starts a new one.
 */
public final class QuoteFinder {

    public List<Quote> find(String text, TextLayout layout) {
        List<Quote> quotes = new ArrayList<>();
        for (TextLayout.Range p : layout.paragraphs()) {
            List<Quote> doubles = doubles(text, p);
            quotes.addAll(doubles);
            for (Quote q : doubles) {
                quotes.addAll(singles(text, q.start(), q.end(), true));
            }
            // Single-quoted passages outside any double quote (British style, or a term in scare quotes).
            int from = p.start();
            for (Quote q : doubles) {
                quotes.addAll(singles(text, from, q.open(), false));
                from = q.after();
            }
            quotes.addAll(singles(text, from, p.end(), false));
        }
        quotes.sort(Comparator.comparingInt(Quote::open));
        return quotes;
    }

    private List<Quote> doubles(String text, TextLayout.Range p) {
        List<Quote> found = new ArrayList<>();
        int open = -1;
        // Inside a quotation opened by a straight mark, curly marks enclose a quotation within it ("ROE: … as “The
        // Daily” wrote, …"), not its end.
        boolean curlyInside = false;
        for (int i = p.start(); i < p.end(); i++) {
            char c = text.charAt(i);
            // Two apostrophes (or two backquotes) are a double mark, as some newspapers print them: ''…''
            boolean pair = i + 1 < p.end() && (c == '\'' || c == '`') && text.charAt(i + 1) == c;
            if (open >= 0 && text.charAt(open) == '"' && (Quotes.isDoubleOpener(c) || curlyInside
                    && Quotes.isDoubleCloser(c))) {
                curlyInside = Quotes.isDoubleOpener(c);
                continue;
            }
            if (open < 0 && (Quotes.isDoubleOpener(c) || (c == '"' && opensHere(text, i, p))
                    || pair && opensHere(text, i + 1, p))) {
                open = i;
                if (pair) {
                    i++;
                }
            } else if (open >= 0 && (Quotes.isDoubleCloser(c) || c == '"' || pair && c == '\'')) {
                add(found, text, open, pair ? i + 1 : i, false);
                open = -1;
                curlyInside = false;
                if (pair) {
                    i++;
                }
            }
        }
        if (open >= 0) {
            add(found, text, open, p.end(), false);
        }
        return found;
    }

    private static boolean opensHere(String text, int i, TextLayout.Range p) {
        return i + 1 < p.end() && !Character.isWhitespace(text.charAt(i + 1));
    }

    private List<Quote> singles(String text, int from, int to, boolean nested) {
        List<Quote> found = new ArrayList<>();
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Quotes.isSingle(c)) {
                continue;
            }
            boolean before = i == from || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean after = i + 1 < to && Character.isLetter(text.charAt(i + 1));
            if (open < 0 && before && after && c != '’') {
                open = i;
            } else if (open >= 0 && i > open + 1 && !Character.isWhitespace(text.charAt(i - 1))
                    && (i + 1 >= to || !Character.isLetter(text.charAt(i + 1)))) {
                add(found, text, open, i, nested);
                open = -1;
            }
        }
        return found;
    }

    private static void add(List<Quote> found, String text, int open, int close, boolean nested) {
        int start = open + 1;
        int end = close;
        if (start < text.length() && text.charAt(start) == text.charAt(open) && (text.charAt(open) == '\''
                || text.charAt(open) == '`')) {
            start++; // the second mark of a pair
        }
        if (end > start && close < text.length() && text.charAt(close) == '\'' && text.charAt(end - 1) == '\'') {
            end--; // the first mark of a closing pair
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start && text.substring(start, end).chars().anyMatch(Character::isLetterOrDigit)) {
            found.add(new Quote(open, close, start, end, nested));
        }
    }
}
