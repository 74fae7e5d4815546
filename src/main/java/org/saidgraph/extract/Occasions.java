package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The subordinators of a clause of time after a speech verb ("spoke to reporters after the vote was called"): such a
 * clause says when the speaking happened, not what was said (rule {@code occasion-clause}). One list, as data
 * ({@code src/main/resources/extract/time-subordinators.tsv}), read by the parse ({@link VerbCueSieve}) and by the
 * text pattern ({@link PatternVerbSieve}), which uses only the words that open a clause of time without a parse.
 */
final class Occasions {

    private static final java.util.List<String[]> ROWS = Gazetteer.rows("/extract/time-subordinators.tsv");

    /** Every subordinator of time, for a clause the parse hangs on the speech verb. */
    static final Set<String> PARSE = ROWS.stream().map(r -> r[0].trim().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    /** Those the text pattern reads without a parse. */
    static final Set<String> TEXT = ROWS.stream().filter(r -> Gazetteer.col(r, 1).trim().equals("text"))
            .map(r -> r[0].trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    /**
     * A clause of time right after the verb (and its hearer), for the text pattern: "spoke to reporters shortly after
     * the vote was counted", "wrote before the polls closed"; group {@code mark} is the subordinator.
     */
    static final Pattern TEXT_CLAUSE = Pattern.compile("^(?:to\\s+(?:[\\p{L}'’.\\-]+\\s+){1,4}?)?"
            + "(?:(?:just|shortly|soon|right|moments|hours|days)\\s+)?(?<mark>" + String.join("|", new java.util.TreeSet<>(TEXT))
            + ")\\s", Pattern.CASE_INSENSITIVE);

    private Occasions() {
    }

    /** Whether {@code word} opens a clause of time the parse hangs on a speech verb. */
    static boolean mark(String word) {
        return PARSE.contains(word.toLowerCase(Locale.ROOT));
    }
}
