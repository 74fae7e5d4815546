package org.saidgraph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "According to the company, …" after "the construction company, Dravo Group,": a definite description whose head is
 * an organization noun refers back to the latest organization the article named with that noun — in its name ("the
 * Farmers' Union … the union"), in apposition before it ("the construction company, Dravo Group") or after it ("Dravo
 * Group, a construction company,"). Without such an organization the description stays a speaker of its own.
 *
 * <p>Rule {@code organization-in-sentence} ({@link #inSentence}): "Norvane Freight will cut 200 jobs, the company said
 * Thursday": a description after the clause it attributes, in a sentence that names one organization before it and no
 * other, is that organization, whatever noun its name has — the wire's usual way of giving a company's own words.
 */
final class OrganizationNamedAs {

    /** How far before a name an apposition that describes it may start, and after it end (characters). */
    private static final int REACH = 60;

    private OrganizationNamedAs() {
    }

    /**
     * The entity id of the latest organization named before {@code at} with {@code noun}, or null; not one whose name
     * gives another level of government than {@code description}, the words that refer back ({@link GovernmentLevel}).
     */
    static String find(String text, List<Mention> mentions, String noun, String description, int at) {
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
            if (GovernmentLevel.conflicts(description, own)) {
                continue;
            }
            String lead = text.substring(Math.max(0, m.start() - REACH), m.start());
            String tail = text.substring(m.end(), Math.min(at, Math.min(text.length(), m.end() + REACH)));
            if (word.matcher(own).find() || before.matcher(lead).find() || after.matcher(tail).find()) {
                best = m;
            }
        }
        return best == null ? null : best.entity();
    }

    /**
     * Rule {@code organization-in-sentence}: the entity id of the organization whose name opens the sentence (after a
     * dateline and "The") as the subject of its clause, when the sentence names no other organization before
     * {@code at} outside quotation marks; else null.
     */
    static String inSentence(Analysis analysis, List<Mention> mentions, int sentence, int at,
                             java.util.function.IntPredicate quoted) {
        Analysis.Sentence s = analysis.sentences().get(sentence);
        int first = SubjectRepairs.datelineEnd(analysis, s);
        if (first < s.end() && analysis.token(first).word().equalsIgnoreCase("the")) {
            first++;
        }
        int opening = first < s.end() ? analysis.token(first).start() : -1;
        String only = null;
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.ORGANIZATION && m.entity() != null && m.start() >= analysis.token(s.first())
                    .start() && m.end() <= at && !quoted.test(m.start())) {
                if (only != null || m.start() != opening) {
                    return null;
                }
                only = m.entity();
                int last = analysis.tokenAt(m.end() - 1);
                if (last < 0 || analysis.relation(last) == null || !analysis.relation(last).startsWith("nsubj")) {
                    return null;
                }
            }
        }
        return only;
    }
}
