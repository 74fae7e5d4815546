package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Rule {@value #RULE} (session 29): a subject whose head is an abstract noun that never speaks
 * ({@code non-speaker-nouns.tsv}: "the rationale", "media shares", "the minutes") is no speaker, though the parse
 * makes it the subject of a speech verb ("The rationale the council gives, Mayor Jo Vey wrote, is …"). The person
 * named nearest the cue in its sentence, outside quotation marks and outside the noun's phrase, speaks instead. With
 * no such person the description stays the speaker, so no statement is lost.
 */
final class NonSpeakerNouns {

    static final String RULE = "non-speaker-noun";

    private static final Set<String> ABSTRACT = Gazetteer.words("/extract/non-speaker-nouns.tsv", "abstract");

    private NonSpeakerNouns() {
    }

    /** Whether the common noun at {@code head} is one that never speaks. */
    static boolean never(Analysis analysis, int head) {
        Analysis.Token h = analysis.token(head);
        if (!h.tag().equals("NN") && !h.tag().equals("NNS")) {
            return false;
        }
        return ABSTRACT.contains(h.lowerLemma()) || ABSTRACT.contains(h.word().toLowerCase(Locale.ROOT));
    }

    /**
     * The person who speaks instead: the last person named in the sentence before the cue, outside quotation marks
     * and outside the noun's own phrase ("By the end of the week, Jo Vey said"); else the person named right after
     * the cue ("The contrast with Vey, said Tom Berg, would be clear"); else null.
     */
    static Mention person(Analysis analysis, ArticleEntities entities, SpeakerResolver resolver, int[] phrase,
                          int cue) {
        if (cue < 0 || analysis.sentenceOf(cue) != analysis.sentenceOf(phrase[0])) {
            return null;
        }
        Analysis.Sentence s = analysis.sentences().get(analysis.sentenceOf(cue));
        int from = analysis.token(s.first()).start();
        int cueStart = analysis.token(cue).start();
        int phraseStart = analysis.token(phrase[0]).start();
        int phraseEnd = analysis.token(phrase[1]).end();
        int after = analysis.token(Math.min(s.end() - 1, cue + 4)).end();
        Mention before = null;
        Mention next = null;
        for (Mention m : entities.mentions) {
            if (m.kind() != Mention.Kind.PERSON || resolver.insideQuote(m.start()) || m.start() < from
                    || m.start() >= phraseStart && m.end() <= phraseEnd) {
                continue;
            }
            if (m.end() <= cueStart && (before == null || m.start() > before.start())) {
                before = m;
            } else if (m.start() > cueStart && m.end() <= after && (next == null || m.start() < next.start())) {
                next = m;
            }
        }
        return before != null ? before : next;
    }
}
