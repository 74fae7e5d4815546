package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AskedInfinitive}: what was asked in "asked Y to Z" takes in the one asked (evidence step
 * {@code asked-object-infinitive}) and ends before the reporter's next clause (cut {@code asked-infinitive-end}). The
 * sentences are invented for these tests.
 */
class AskedInfinitiveTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void whatWasAskedEndsBeforeTheClauseOfWhatFollowed() {
        Extraction x = Extraction.of("After the harbour board asked its pilots to accept a shorter season, forty of "
                + "them agreed within a week.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(s -> s.text())
                .anyMatch(t -> t.endsWith("to accept a shorter season"))
                .noneMatch(t -> t.contains("agreed"));
    }

    @Test
    void whatWasAskedEndsBeforeTheReportersRelativeClause() {
        Extraction x = Extraction.of("Lena Brandt is asking the council to publish the harbour accounts, which would "
                + "show what the levy paid for.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(s -> s.text())
                .anyMatch(t -> t.endsWith("to publish the harbour accounts"))
                .noneMatch(t -> t.contains("which would show"));
    }

    @Test
    void theOneAskedIsEvidenceOfAReadingThatBeginsAtTheInfinitive() {
        String text = "Ana Okafor has asked harbour leaders to disown the levy plan.";
        Found f = reading(text, "to disown the levy plan", "verb-complement");
        EvidenceStarts.apply(StatementStartsTest.draft(text), List.of(f));
        assertThat(text.substring(f.evidenceStart, f.end)).isEqualTo("harbour leaders to disown the levy plan");
        assertThat(f.trimmedBy).isEqualTo("asked-object-infinitive");
    }

    @Test
    void aPhraseOfCircumstanceBeforeTheInfinitiveIsNoOneAsked() {
        String text = "Ana Okafor asked on Friday to reopen the pier.";
        Found f = reading(text, "to reopen the pier", "verb-complement");
        EvidenceStarts.apply(StatementStartsTest.draft(text), List.of(f));
        assertThat(f.evidenceStart).isEqualTo(-1);
        assertThat(f.trimmedBy).isNull();
    }

    private static Found reading(String text, String words, String rule) {
        int start = text.indexOf(words);
        int cue = text.indexOf("asked");
        return Found.of(start, start + words.length(), false, "ana-okafor", Act.QUESTION, rule, 0.5)
                .cue(cue, cue + "asked".length());
    }
}
