package org.saidgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rule {@value #RULE} (session 30): after an inverted speech verb ("…,” said …) the speaker's phrase may open with
 * a name that only modifies it — an institution, a principal, a place: "said Senate budget chair Ana Roe", "said
 * Roe's press secretary Tom Vey", "said Dunmore council member Eli Park". The person named where that phrase
 * closes is the speaker, not the first name of it. The words between the two names must be a phrase's premodifiers
 * only: capitalized or lower-case words, a possessive "'s", abbreviated titles; no comma, conjunction or preposition
 * ("said Roe and Tom Vey", "said Roe on Monday, Tom Vey …" keep the first name). Seen on PolNeAR train giving such
 * quotations to the senate, the candidate the aide works for, or a place.
 */
final class ClosingNameAfterVerb {

    static final String RULE = "closing-name-after-verb";

    /** At most this many words between the modifying name and the person's name. */
    private static final int MAX_WORDS = 6;

    private static final Pattern GAP = Pattern.compile("(?:['’]s)?(?:\\s+[\\p{L}][\\p{L}.\\-]*)*\\s+");

    private static final Set<String> STOPS = Set.of("and", "or", "but", "of", "for", "with", "at", "in", "on", "to",
            "by", "from", "about", "as", "than", "who", "which", "that", "after", "before", "when", "while", "said",
            "says", "told", "added", "the", "a", "an");

    private ClosingNameAfterVerb() {
    }

    /**
     * The person whose name closes the phrase that {@code first} opens, or {@code first} itself when no person's name
     * follows it within the phrase.
     */
    static Mention of(String text, List<Mention> mentions, Mention first) {
        Mention closing = first;
        for (Mention m : mentions) {
            if (m.start() < closing.end() || m == closing) {
                continue;
            }
            if (m.kind() != Mention.Kind.PERSON) {
                // Only the last name of the run may be moved to; a place or organization inside it is passed over.
                if (premodifiers(text, closing.end(), m.start()) && m.kind() != Mention.Kind.PRONOUN) {
                    closing = m;
                    continue;
                }
                break;
            }
            return premodifiers(text, closing.end(), m.titleStart() < m.start() && m.titleStart() >= closing.end()
                    ? m.titleStart() : m.start()) ? m : first;
        }
        return first;
    }

    private static boolean premodifiers(String text, int from, int to) {
        if (to <= from || to - from > 80) {
            return false;
        }
        String gap = text.substring(from, to);
        if (!GAP.matcher(gap).matches()) {
            return false;
        }
        String[] words = gap.replaceFirst("^['’]s", "").strip().split("\\s+");
        if (words.length > MAX_WORDS) {
            return false;
        }
        for (String w : words) {
            if (STOPS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
