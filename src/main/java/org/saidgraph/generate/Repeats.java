package org.saidgraph.generate;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The generator's memory of who said which words lately, so that its ground truth agrees with what an utterance is:
 * the same words of the same speaker said within {@link #DAYS} days of each other are one utterance (as linking joins
 * them), however many times the phrasebook makes the speaker say them. A speaker's statements are drawn from a
 * phrasebook, so the same speaker often says the same sentence again a few days later, as people do, sometimes with
 * other sentences after it (the composer compares the main sentence, which cuts and reported speech report); each
 * time, the
 * statements that report it name in their id the first statement of that utterance ({@code s05-again-000042-s03},
 * {@code s05-again-u17}; a shared utterance's too, {@code u17-cut-again-000042-s03}, in every article that reports
 * it), and the utterance lasts as long as the words are said again within a week of their last
 * saying. Only the last weeks are kept: articles come in order of publication, and older words can no longer be
 * repeated as the same utterance.
 */
final class Repeats {

    /** Words said again within this many days of their last saying are the same utterance (link.LinkKeys.DAYS). */
    static final int DAYS = 7;
    /** How long words are remembered after their last saying, beyond {@link #DAYS}: statements date back a few days. */
    private static final int KEEP = DAYS + 7;

    /** An utterance: the label of its first statement, and the last day its words were said. */
    private record Said(String label, LocalDate last) {
    }

    private record Entry(String key, LocalDate day) {
    }

    private final Map<String, Said> said = new HashMap<>();
    private final ArrayDeque<Entry> byDay = new ArrayDeque<>();

    /**
     * The label of the utterance that {@code speaker}'s {@code words}, said on {@code day}, repeat, or null when they
     * repeat nothing said in the last {@link #DAYS} days; then they are recorded under {@code label}, which a later
     * repeat returns. Either way the words count as said on {@code day}.
     */
    String repeated(String speaker, String words, LocalDate day, String label) {
        String key = speaker + "\u0000" + words;
        Said before = said.get(key);
        boolean repeat = before != null && Math.abs(before.last().toEpochDay() - day.toEpochDay()) <= DAYS;
        String first = repeat ? before.label() : label;
        LocalDate last = repeat && before.last().isAfter(day) ? before.last() : day;
        said.put(key, new Said(first, last));
        byDay.addLast(new Entry(key, day));
        return repeat ? first : null;
    }

    /** Forgets words last said more than {@link #KEEP} days before {@code today}. */
    void forgetBefore(LocalDate today) {
        LocalDate limit = today.minusDays(KEEP);
        while (!byDay.isEmpty() && byDay.peekFirst().day().isBefore(limit)) {
            Entry e = byDay.removeFirst();
            Said s = said.get(e.key());
            if (s != null && Objects.equals(s.last(), e.day())) {
                said.remove(e.key());
            }
        }
    }
}
