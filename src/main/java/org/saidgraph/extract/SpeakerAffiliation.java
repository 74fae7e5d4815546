package org.saidgraph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Names that stand beside a speaker without being one: a state in a party label ("Rep. Jane Roe (D-Md.)"), a place
 * read from a title ("Del. Jane Roe", where "Del." is a delegate, not Delaware), and the name a relative pronoun
 * refers to ("Jane Roe, who joked"). On PolNeAR dev such a state or place was taken as the speaker of the quotation.
 */
final class SpeakerAffiliation {

    /** "(D-Md.)", "(R-Texas)", "(I-Vt.)": what may stand between a name and the place of its party label. */
    private static final Pattern PARTY_OPEN = Pattern.compile("\\s*\\(\\s*(?:[DRI]\\s*[-–]\\s*)?$");

    /** A whole party label with its state, right after a name: "(D-Md.)", "(R-Texas)", "(I-N.Y.)", "(D-New Mexico)". */
    private static final Pattern PARTY_LABEL = Pattern.compile(
            "^\\s*\\(\\s*[DRI]\\s*[-–]\\s*[A-Z][A-Za-z.]*(?:\\s[A-Z][A-Za-z.]*)?\\s*\\)");

    private SpeakerAffiliation() {
    }

    /**
     * Rule party-label-gap: the words between a name and its verb without the party label that follows the name, so
     * that "“…,” Rep. Jane Roe (D-Md.) said" reads as "Rep. Jane Roe said". A label whose state ends in a period
     * otherwise left the quotation to the last speaker on PolNeAR train.
     */
    static String withoutPartyLabel(String gap) {
        return PARTY_LABEL.matcher(gap).replaceFirst(" ");
    }

    /**
     * The person a place mention belongs to: the name right before a party label it is in, or the name right after
     * it when it is written as a title ("Del. Jane Roe"); null otherwise.
     */
    static Mention personOf(String text, List<Mention> mentions, Mention place) {
        if (place == null || place.kind() != Mention.Kind.TERRITORY && place.kind() != Mention.Kind.ADJECTIVE) {
            return null;
        }
        return personBeside(text, mentions, place.start(), place.end());
    }

    /** As {@link #personOf}, for words at {@code [start, end)} that no mention covers ("Md." the tagger missed). */
    static Mention personBeside(String text, List<Mention> mentions, int start, int end) {
        Mention place = new Mention(start, end, Mention.Kind.TERRITORY, null);
        for (Mention m : mentions) {
            if (m.kind() != Mention.Kind.PERSON) {
                continue;
            }
            if (m.end() <= place.start() && place.start() - m.end() <= 6
                    && PARTY_OPEN.matcher(text.substring(m.end(), place.start())).matches()) {
                return m;
            }
            // A title is abbreviated: "Del. Jane Roe" (not "in Ohio Jane Roe").
            String gap = m.start() >= place.end() ? text.substring(place.end(), m.start()) : "";
            if (m.start() >= place.end() && m.start() - place.end() <= 3 && (text.charAt(place.end() - 1) == '.'
                    ? gap.matches("\\s{1,2}") : gap.matches("\\.\\s{1,2}"))) {
                return m;
            }
        }
        return null;
    }

    /** The person or organization named right before {@code position} and a comma: "Jane Roe, who …". */
    static Mention nameBefore(String text, List<Mention> mentions, int position) {
        Mention found = null;
        for (Mention m : mentions) {
            if ((m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.ORGANIZATION) && m.end() <= position
                    && text.substring(m.end(), position).matches("\\s*(?:\\([^()]{1,30}\\))?\\s*,\\s*")) {
                found = m;
            }
        }
        return found;
    }
}
