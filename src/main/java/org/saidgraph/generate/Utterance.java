package org.saidgraph.generate;

import org.saidgraph.dataset.Statement;

import java.time.LocalDate;
import java.util.List;

/**
 * Words a speaker said once, ready to be reported: in full ({@code words}), cut to their first sentence
 * ({@code cut}, the same as {@code words} when they are one sentence) or in reported speech ({@code clause}), each with
 * the entities it names. A shared utterance ({@code number} above 0) is reported by several articles; their
 * statements' ids end in {@code u<number>-quote}, {@code -cut} or {@code -paraphrase}.
 */
record Utterance(long number, Actor speaker, Phrasebook.Saying saying, String words, String cut, String clause,
                 List<Statement.Mention> wordsMentions, List<Statement.Mention> cutMentions,
                 List<Statement.Mention> clauseMentions, String headline, LocalDate date) {

    boolean shared() {
        return number > 0;
    }

    boolean hasCut() {
        return !cut.equals(words);
    }

    String act() {
        return saying.act();
    }
}
