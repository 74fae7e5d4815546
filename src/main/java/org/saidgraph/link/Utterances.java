package org.saidgraph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

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
     */
    public record Summary(String id, String speaker, String text, boolean verbatim, LocalDate date,
                          LocalDate firstSeen, LocalDate lastSeen, List<String> outlets, int occurrences,
                          List<Linking.Link> links) {
    }

    private static final Comparator<LocalDate> EARLIEST = Comparator.nullsLast(Comparator.naturalOrder());

    public static Summary describe(List<Member> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an utterance has at least one occurrence");
        }
        Comparator<Member> earliest = Comparator.comparing(Member::date, EARLIEST)
                .thenComparing(Member::statementId);
        Member defining = members.stream().filter(Member::verbatim)
                .min(Comparator.comparing((Member m) -> -Wording.words(m.text()).size()).thenComparing(earliest))
                .orElseGet(() -> members.stream().min(earliest).orElseThrow());
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
                members.size(), links);
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
