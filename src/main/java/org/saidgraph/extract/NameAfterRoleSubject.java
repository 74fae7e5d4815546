package org.saidgraph.extract;

import java.util.List;
import java.util.Locale;

/**
 * Rule {@value #RULE} (session 31): a role noun that opens the subject and the name it introduces, with "the" or a
 * title between ("Harbour spokesman the Rev. Tomas Velko told …", "The civic group the Coastal Alliance said …").
 * The parse does not join the two: it makes the name a second subject of the verb or hangs it on the role noun as a
 * loose dependent, and the subject read is the role noun alone, an entity of its own made of the description's words.
 * The name is the speaker. Only the words "the" and capitalized titles may stand between the role noun's phrase and
 * the name, and the name must hang on the role noun or be a subject of the same verb; seen on PolNeAR train giving
 * the statement to "Vatican spokesman"-like descriptions.
 */
final class NameAfterRoleSubject {

    static final String RULE = "name-after-role-subject";

    /** At most this many title words ("Rev.", "Dr.") between "the" and the name. */
    private static final int MAX_TITLES = 2;

    private NameAfterRoleSubject() {
    }

    /**
     * The person or organization named right after {@code head}, the common noun that heads the subject phrase
     * {@code phrase}; null when no such name follows.
     */
    static Mention of(Analysis analysis, List<Mention> mentions, int head, int[] phrase) {
        Analysis.Token h = analysis.token(head);
        if (!h.tag().equals("NN") || phrase[1] < head) {
            return null;
        }
        Analysis.Sentence sentence = analysis.sentences().get(analysis.sentenceOf(head));
        int i = head + 1;
        if (i < sentence.end() && analysis.token(i).word().toLowerCase(Locale.ROOT).equals("the")) {
            i++;
        }
        for (int titles = 0; i < sentence.end() && titles <= MAX_TITLES; titles++, i++) {
            Mention m = startingAt(analysis, mentions, i);
            if (m != null) {
                return joined(analysis, m, head) ? m : null;
            }
            if (!analysis.token(i).tag().startsWith("NNP")) {
                return null;
            }
        }
        return null;
    }

    private static Mention startingAt(Analysis analysis, List<Mention> mentions, int token) {
        int at = analysis.token(token).start();
        for (Mention m : mentions) {
            if (m.start() == at && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.ORGANIZATION)) {
                return m;
            }
        }
        return null;
    }

    /** Whether the name's last word hangs on the role noun, or is a subject of the verb the role noun is subject of. */
    private static boolean joined(Analysis analysis, Mention m, int head) {
        int last = analysis.tokenAt(m.end() - 1);
        if (last < 0) {
            return false;
        }
        int on = analysis.head(last);
        if (on == head) {
            return true;
        }
        return on == analysis.head(head) && analysis.relation(last).startsWith("nsubj")
                && analysis.relation(head).startsWith("nsubj");
    }
}
