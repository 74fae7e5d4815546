package org.saidgraph.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name normalisation shared by linking and scoring: the graph must find "Nauseda" as well as "Nausėda". */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");

    private Names() {
    }

    /** NFKD, combining marks dropped, lower case, curly apostrophes made straight. */
    public static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        return MARKS.matcher(d).replaceAll("").replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT);
    }

    /** A readable id as the schema requires: lower-case ASCII letters and digits joined by single hyphens. */
    public static String slug(String s) {
        String slug = NON_SLUG.matcher(fold(s)).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "x" : slug;
    }

    /** The last word of a name, folded: the key a bare surname is matched by. */
    public static String surname(String name) {
        String[] words = fold(name).trim().split("\\s+");
        int last = words.length - 1;
        // "Harry B. Harris Jr.": the surname is the word before a generational suffix.
        while (last > 0 && SUFFIXES.contains(words[last].replace(",", ""))) {
            last--;
        }
        if (last > 0 && words[last].endsWith(",")) {
            return words[last].substring(0, words[last].length() - 1);
        }
        return words[last];
    }

    private static final java.util.Set<String> SUFFIXES = java.util.Set.of("jr.", "jr", "sr.", "sr", "ii", "iii",
            "iv");
}
