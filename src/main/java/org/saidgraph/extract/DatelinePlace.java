package org.saidgraph.extract;

import java.util.regex.Pattern;

/**
 * Rule dateline-place: a name that opens a paragraph as a wire dateline ("MERRINGTON, March 3 --", "DALBY --",
 * "Lviv, Ukraine (AP) —", "DALBY (Reuters) - ") is the place the story was filed from, never a person, whatever the
 * name tagger says. A dateline is the name in capitals before a dash, or any name before a comma, a date or place, and
 * a dash; in plain text a hyphen with a space either side is the dash.
 */
final class DatelinePlace {

    /**
     * After the name: an optional comma and a date or place (capitalised words, numbers, a wire's name in brackets:
     * ", Ohio (AP)", ", March 3"), then a dash. Not an apposition ("John Roe, the chief executive of Acme -- the
     * company that …"): that is a person.
     */
    private static final Pattern AFTER = Pattern.compile("^(,(?:\\s*(?:\\p{Lu}[\\p{L}.'’]*|\\d{1,4}|\\(\\p{Lu}[\\p{L}.]*\\)|,)){1,6})?"
            + "(?:\\s*(?:--|—|–|―)|\\s+-\\s)");

    private DatelinePlace() {
    }

    /** Whether the name at {@code [start, end)} of {@code text} is a dateline's place. */
    static boolean at(String text, int start, int end) {
        int line = start;
        while (line > 0 && (text.charAt(line - 1) == ' ' || text.charAt(line - 1) == '\t')) {
            line--;
        }
        if (line > 0 && text.charAt(line - 1) != '\n' || end <= start) {
            return false;
        }
        var after = AFTER.matcher(text.substring(end, Math.min(text.length(), end + 60)));
        if (!after.find()) {
            return false;
        }
        String name = text.substring(start, end);
        boolean capitals = name.chars().anyMatch(Character::isLetter)
                && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return capitals || after.group(1) != null;
    }
}
