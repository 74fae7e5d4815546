package org.saidgraph.extract;

import java.util.regex.Pattern;

/**
 * Guard {@code quoted-infinitive-conjunct} on {@link QuotationEndsClause}: "urged the council to “reopen the pier”
 * and call a vote on the levy" does not end at the quotation's closing mark, though "and" and a form of a speech verb
 * follow it, which elsewhere open the speaker's second act ("called the pier a “relic” and said …"). When the
 * quotation opens right after an infinitive's "to" and the verb after "and" is in its base form (tagged VB), that verb
 * shares the "to": it is the second thing urged, not the speaker's next act, whose verb would agree with the speaker
 * ("and called …"). On PolNeAR train one such statement was cut short of its gold content.
 */
final class QuotedInfinitiveConjunct {

    /** The infinitive's "to" right before the opening mark. */
    private static final Pattern TO = Pattern.compile("(?i)(?:^|\\s)to\\s*$");

    private QuotedInfinitiveConjunct() {
    }

    /**
     * Whether the quotation opening at {@code open} follows "to" and the verb starting at {@code verb} (after its
     * "and") is a bare infinitive.
     */
    static boolean continues(Draft d, int open, int verb) {
        if (!TO.matcher(d.text.substring(Math.max(0, open - 8), open)).find()) {
            return false;
        }
        int t = d.analysis.tokenAt(verb);
        return t >= 0 && d.analysis.token(t).start() == verb && d.analysis.token(t).tag().equals("VB");
    }
}
