package org.saidgraph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an utterance is, worked out from all its occurrences: its text, its id, when it was said and seen, by which
 * outlets, and how each occurrence matches the text. Recomputed whenever occurrences join or leave, so that it never
 * depends on the order in which articles were loaded.
 */
public final class Utterances {

    private Utterances() {
    }

    /**
     * One occurrence: the statement, the day it was said ({@code date}, its own or its article's), the day its
     * article was published and the ids of the outlets that published the article (its PUBLISHED_BY: none or one).
     */
    public record Member(String statementId, String speaker, boolean verbatim, String text, String act,
                         List<String> mentions, LocalDate date, LocalDate published, List<String> outlets) {

        public Member {
            mentions = mentions == null ? List.of() : mentions.stream().distinct().sorted().toList();
            outlets = outlets == null ? List.of() : List.copyOf(outlets);
        }
    }

    /**
     * The utterance: {@code text} is its longest verbatim occurrence (ties: the earliest, then the first statement
     * id), or its earliest occurrence when none is verbatim, and {@code verbatim} says which. {@code date} is the
     * earliest day it was said; {@code firstSeen} and {@code lastSeen} the first and last days an article carrying it
     * was published (or, for an article without a date, the day it was said); {@code outlets} the ids of the outlets
     * that published an article carrying it, each once, in id order (empty when none has an outlet). {@code links}
     * says how each occurrence matches the text: exact, normalised (the same words), contained (a part of it, scored
     * by its share of the words) or paraphrase, scored by the similarity of its wording to the text
     * ({@link Paraphrase}), which may be below the threshold when it joined through another report of the words.
     * {@code definedBy} is the statement id of the occurrence the text, id and speaker come from.
     */
    public record Summary(String id, String speaker, String text, boolean verbatim, LocalDate date,
                          LocalDate firstSeen, LocalDate lastSeen, List<String> outlets, int occurrences,
                          List<Linking.Link> links, String definedBy) {
    }

    /**
     * What the loader keeps on an utterance node besides its text: the occurrence its text and id come from
     * ({@code defining}, the node's {@code definedBy}), the days and outlets over all its occurrences and their
     * number. Enough to add occurrences without reading the others ({@link #extend}).
     */
    public record Kept(Member defining, LocalDate date, LocalDate firstSeen, LocalDate lastSeen, List<String> outlets,
                       int occurrences) {

        public Kept {
            outlets = outlets == null ? List.of() : List.copyOf(outlets);
        }
    }

    private static final Comparator<LocalDate> EARLIEST = Comparator.nullsLast(Comparator.naturalOrder());

    private static final Comparator<Member> BY_DATE = Comparator.comparing(Member::date, EARLIEST)
            .thenComparing(Member::statementId);

    /**
     * The order in which an occurrence defines its utterance, first the one that does: a quotation before reported
     * speech, then the longest quotation, then the earliest, then the first statement id.
     */
    private static Comparator<Member> definingFirst() {
        Map<String, Integer> words = new HashMap<>();
        return Comparator.comparing((Member m) -> !m.verbatim())
                .thenComparing(m -> m.verbatim() ? -words.computeIfAbsent(m.text(), t -> Wording.words(t).size()) : 0)
                .thenComparing(BY_DATE);
    }

    public static Summary describe(List<Member> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an utterance has at least one occurrence");
        }
        Member defining = members.stream().min(definingFirst()).orElseThrow();
        String text = defining.text();
        List<String> textWords = Wording.words(text);

        List<Linking.Link> links = new ArrayList<>();
        for (Member m : members.stream().sorted(Comparator.comparing(Member::statementId)).toList()) {
            links.add(link(m, defining, textWords));
        }
        LocalDate date = members.stream().map(Member::date).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(null);
        List<LocalDate> seen = members.stream().map(m -> m.published() != null ? m.published() : m.date())
                .filter(Objects::nonNull).sorted().toList();
        List<String> outlets = members.stream().flatMap(m -> m.outlets().stream()).distinct().sorted().toList();
        return new Summary(id(defining, date), defining.speaker(), text, defining.verbatim(), date,
                seen.isEmpty() ? null : seen.get(0), seen.isEmpty() ? null : seen.get(seen.size() - 1), outlets,
                members.size(), links, defining.statementId());
    }

    /**
     * What an utterance kept as {@code kept} is once {@code added} join it, as {@link #describe} of all its
     * occurrences would say, with the links of the added occurrences only: the others keep theirs, since the text they
     * are matched against stays. Null when one of the added occurrences defines the utterance instead with other
     * words (a longer quotation, or an earlier one): then every occurrence is matched again, and the utterance must be
     * described from all of them. An earlier copy of the same words only takes over {@code definedBy}. The cost is that of the added occurrences, whatever the utterance's size.
     */
    public static Summary extend(Kept kept, List<Member> added) {
        Member defining = kept.defining();
        Comparator<Member> order = definingFirst();
        Member first = added.stream().min(order).orElse(null);
        if (first != null && order.compare(first, defining) < 0) {
            if (!sameContent(first, defining)) {
                return null;
            }
            defining = first; // an earlier copy of the same words: the text, and every match to it, stay
        }
        Member definer = defining;
        List<String> textWords = Wording.words(definer.text());
        List<Linking.Link> links = added.stream().sorted(Comparator.comparing(Member::statementId))
                .map(m -> link(m, definer, textWords)).toList();
        LocalDate date = kept.date();
        LocalDate firstSeen = kept.firstSeen();
        LocalDate lastSeen = kept.lastSeen();
        Set<String> outlets = new TreeSet<>(kept.outlets());
        for (Member m : added) {
            date = m.date() != null && (date == null || m.date().isBefore(date)) ? m.date() : date;
            LocalDate seen = m.published() != null ? m.published() : m.date();
            if (seen != null) {
                firstSeen = firstSeen == null || seen.isBefore(firstSeen) ? seen : firstSeen;
                lastSeen = lastSeen == null || seen.isAfter(lastSeen) ? seen : lastSeen;
            }
            outlets.addAll(m.outlets());
        }
        return new Summary(id(defining, date), defining.speaker(), defining.text(), defining.verbatim(), date,
                firstSeen, lastSeen, List.copyOf(outlets), kept.occurrences() + added.size(), links,
                defining.statementId());
    }

    /** Whether two occurrences give an utterance the same text and content-derived id, said on the same day. */
    private static boolean sameContent(Member a, Member b) {
        return a.text().equals(b.text()) && a.verbatim() == b.verbatim() && a.speaker().equals(b.speaker())
                && a.act().equals(b.act()) && a.mentions().equals(b.mentions());
    }

    private static Linking.Link link(Member m, Member defining, List<String> textWords) {
        if (m.text().equals(defining.text())) {
            return new Linking.Link(m.statementId(), Match.EXACT, 1.0);
        }
        List<String> words = Wording.words(m.text());
        if (words.equals(textWords)) {
            return new Linking.Link(m.statementId(), Match.NORMALISED, 1.0);
        }
        if (m.verbatim() && defining.verbatim() && Wording.indexOf(textWords, words) >= 0) {
            return new Linking.Link(m.statementId(), Match.CONTAINED,
                    Linking.round((double) words.size() / textWords.size()));
        }
        double score = defining.verbatim() && !m.verbatim()
                ? Paraphrase.reportedSimilarity(m.text(), defining.text(), m.act())
                : Paraphrase.similarity(m.text(), defining.text(), m.act());
        return new Linking.Link(m.statementId(), Match.PARAPHRASE, Linking.round(score));
    }

    /**
     * A readable, content-derived id: the speaker's id, ".u" and twelve hex digits of a hash of the words, the day
     * and (for reported speech) the act and mentions. The same articles give the same ids in whatever order they are
     * loaded; an id changes when a longer quotation or an earlier report of the words joins the utterance.
     */
    static String id(Member defining, LocalDate date) {
        String content = defining.verbatim()
                ? "verbatim\u0000" + Wording.normalised(defining.text())
                : "reported\u0000" + defining.act() + "\u0000" + String.join(",", defining.mentions()) + "\u0000"
                        + Wording.normalised(defining.text());
        String hash = HexFormat.of().formatHex(LinkKeys.sha256(defining.speaker() + "\u0000" + date + "\u0000"
                + content), 0, 6);
        return defining.speaker() + ".u" + hash;
    }
}
