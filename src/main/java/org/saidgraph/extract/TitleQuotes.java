package org.saidgraph.extract;

import java.util.Set;

/**
 * Rule {@code title-quote}: a short quotation written in title case ("Face the Nation", "Coal Isn't the Villain") is
 * the name of a show, a book, a slogan or a headline, not words someone said, when nothing but a guess attributes it
 * (the last speaker, a verb somewhere in the sentence, the quotation before it). A quotation an attribution of its
 * own introduces ("…,” she said) is kept whatever its case. On PolNeAR such quotations matched no attribution.
 */
final class TitleQuotes {

    /** The quotation sieves that attribute by guessing rather than by an attribution next to the quotation. */
    private static final Set<String> GUESSES = Set.of("quote-last-speaker", "quote-sentence-verb", "quote-carry-over",
            QuoteClauseSubject.RULE);
    /** Words a title leaves in lower case ({@code src/main/resources/extract/title-small-words.tsv}). */
    static final Set<String> SMALL = Gazetteer.rows("/extract/title-small-words.tsv").stream()
            .map(r -> r[0].trim().toLowerCase(java.util.Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final int LONGEST = 6;

    private TitleQuotes() {
    }

    /** Whether {@code f} is a guessed quotation whose words are a title. */
    static boolean title(String text, Found f) {
        if (!f.verbatim || f.rule == null || !GUESSES.contains(f.rule) || f.parts.size() > 1) {
            return false;
        }
        return titleCase(text.substring(f.start, f.end));
    }

    /** Two to six words, the first and every word not in {@link #SMALL} opening with a capital or a digit. */
    static boolean titleCase(String words) {
        // Words may be parted by a no-break space, which \s does not match: a title so printed is still a title.
        String[] w = words.strip().replaceAll("^[\\p{P}\\s\\h]+|[\\p{P}\\s\\h]+$", "").split("[\\s\\h]+");
        if (w.length < 2 || w.length > LONGEST) {
            return false;
        }
        for (int i = 0; i < w.length; i++) {
            if (w[i].isEmpty()) {
                return false;
            }
            char c = w[i].charAt(0);
            boolean capital = Character.isUpperCase(c) || Character.isDigit(c);
            if (!capital && (i == 0 || !SMALL.contains(w[i].toLowerCase(java.util.Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }
}
