package org.saidgraph.link;

import java.util.List;

/**
 * A statement as utterance linking sees it: who said it, whether the words are verbatim, its text, what it does,
 * whom and what it mentions (entity ids) and the day it was said ({@link java.time.LocalDate#toEpochDay()}, or null
 * when neither the statement nor its article has a date).
 */
public record LinkStatement(String id, String speaker, boolean verbatim, String text, String act,
                            List<String> mentions, Long day) {

    public LinkStatement {
        mentions = mentions == null ? List.of() : mentions.stream().distinct().sorted().toList();
    }

    /** Whether the two were said close enough in time to be one utterance ({@link LinkKeys#DAYS}). */
    boolean nearInTime(LinkStatement other) {
        if (day == null || other.day == null) {
            return day == null && other.day == null;
        }
        return Math.abs(day - other.day) <= LinkKeys.DAYS;
    }

    /**
     * What paraphrase matching requires before it compares wording: the same speaker and act, and the same mentions,
     * except that reported speech compared with a quotation may name fewer of the quotation's entities (it may
     * report only part of it).
     */
    boolean sameFrame(LinkStatement other) {
        if (!speaker.equals(other.speaker) || !act.equals(other.act)) {
            return false;
        }
        if (verbatim == other.verbatim) {
            return mentions.equals(other.mentions);
        }
        return verbatim ? mentions.containsAll(other.mentions) : other.mentions.containsAll(mentions);
    }
}
