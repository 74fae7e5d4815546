package org.saidgraph.extract;

import java.util.regex.Pattern;

/**
 * A wire dateline opening a sentence ("LISBON ― …", "LVIV, Ukraine (AP) — …"), or a live blog's timestamp opening an
 * item ("4:02 p.m. — …", "11:40 am ET – …"): the wire's words, never a speaker's.
 */
final class Dateline {

    /** A clock time, alone ("4:02") or with its half of the day ("4:02pm"). */
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}[:.]\\d{2}(?:[ap]\\.?m\\.?)?",
            Pattern.CASE_INSENSITIVE);
    /** What may follow a clock time before the dash: its half of the day and a time zone ("p.m.", "am", "ET"). */
    private static final Pattern CLOCK_WORD = Pattern.compile("[ap]\\.?m\\.?|[ECMP][SD]?T|GMT|UTC|BST|CET|local",
            Pattern.CASE_INSENSITIVE);
    private static final String DASH = "--|—|–|-|―";

    private Dateline() {
    }

    /** Whether a token is a clock time: "4:02", "11.40", "4:02pm". */
    static boolean clock(String word) {
        return CLOCK.matcher(word).matches();
    }

    /**
     * The first token after a dateline that opens the sentence ("LISBON ― …", "LVIV, Ukraine (AP) — …": capitalised
     * words, commas and a parenthesis, then a dash), or after a live blog's timestamp (rule timestamp-dateline: a
     * clock time, its half of the day and a time zone, then a dash: "4:02 p.m. — Power is out for 80,000 homes,
     * the utility said" reports the utility's words, not the time of the item), else the sentence's first token.
     */
    static int after(Analysis a, Analysis.Sentence s) {
        int i = s.first();
        if (i < s.end() && clock(a.token(i).word())) {
            int k = i + 1;
            while (k < s.end() && k - i < 4 && CLOCK_WORD.matcher(a.token(k).word()).matches()) {
                k++;
            }
            return k < s.end() - 1 && a.token(k).word().matches(DASH) ? k + 1 : s.first();
        }
        while (i < s.end() && i - s.first() < 8 && (a.token(i).word().matches("\\p{Lu}[\\p{L}.'’]*|[,()]")
                || a.token(i).tag().matches("-[LR]RB-"))) {
            i++;
        }
        // A hyphen joined to the word before it ("Twenty-three", "G-III") is a word's, not a dateline's dash; a dash
        // may be joined ("WASHINGTON—The …").
        return i > s.first() && i < s.end() && a.token(i).word().matches(DASH) && (!a.token(i).word().equals("-")
                || a.token(i - 1).end() < a.token(i).start()) ? i + 1 : s.first();
    }
}
