package org.saidgraph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "According to the company, …" after "the construction company, Dravo Group,": a definite description whose head is
 * an organization noun refers back to the latest organization the article named with that noun — in its name ("the
 * Farmers' Union … the union"), in apposition before it ("the construction company, Dravo Group") or after it ("Dravo
 * Group, a construction company,"). Without such an organization the description stays a speaker of its own.
 */
final class OrganizationNamedAs {

    /** How far before a name an apposition that describes it may start, and after it end (characters). */
    private static final int REACH = 60;

    private OrganizationNamedAs() {
    }

    /** The entity id of the latest organization named before {@code at} with {@code noun}, or null. */
    static String find(String text, List<Mention> mentions, String noun, int at) {
        Pattern word = Pattern.compile("(?i)\\b" + Pattern.quote(noun) + "(?:s|es)?\\b");
        Pattern before = Pattern.compile("(?i)\\b" + Pattern.quote(noun) + "\\s*,\\s*$");
        Pattern after = Pattern.compile("(?i)^\\s*,\\s*(?:a|an|the)\\s+(?:[\\p{L}'’-]+\\s+){0,3}" + Pattern.quote(noun)
                + "\\b");
        Mention best = null;
        for (Mention m : mentions) {
            if (m.kind() != Mention.Kind.ORGANIZATION || m.entity() == null || m.end() > at
                    || best != null && m.start() < best.start()) {
                continue;
            }
            String own = text.substring(m.start(), m.end());
            String lead = text.substring(Math.max(0, m.start() - REACH), m.start());
            String tail = text.substring(m.end(), Math.min(at, Math.min(text.length(), m.end() + REACH)));
            if (word.matcher(own).find() || before.matcher(lead).find() || after.matcher(tail).find()) {
                best = m;
            }
        }
        return best == null ? null : best.entity();
    }
}
