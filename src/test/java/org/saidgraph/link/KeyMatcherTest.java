package org.saidgraph.link;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The loader's in-memory look-up among one batch's statements finds what the keys promise, and nothing else. */
class KeyMatcherTest {

    private static final long MONDAY = LocalDate.of(2024, 3, 4).toEpochDay();

    private static LinkStatement quote(String id, String speaker, String text, long day) {
        return new LinkStatement(id, speaker, true, text, "claim", List.of(), day);
    }

    private static List<String> matches(LinkStatement asking, LinkStatement... batch) {
        Map<String, String> stored = new LinkedHashMap<>();
        stored.put(asking.id(), LinkKeys.stored(asking));
        for (LinkStatement s : batch) {
            stored.put(s.id(), LinkKeys.stored(s));
        }
        return new KeyMatcher(stored).matches(asking.id(), LinkKeys.clauses(asking));
    }

    private static final String LONG = "The harbour will stay open to every ship that flies a neutral flag this winter";
    private static final String PART = "stay open to every ship that flies a neutral flag";

    @Test
    void aQuotationCutFromALongerOneFindsItAndTheLongerOneFindsIt() {
        LinkStatement longer = quote("a.long", "mayor", LONG, MONDAY);
        LinkStatement part = quote("b.part", "mayor", PART, MONDAY + 2);

        assertThat(matches(part, longer)).containsExactly("a.long");
        assertThat(matches(longer, part)).containsExactly("b.part");
    }

    @Test
    void theSameQuotationSevenDaysLaterIsFoundSinceItIsWithinTheLinkingDistance() {
        LinkStatement first = quote("a.long", "mayor", LONG, MONDAY);
        LinkStatement later = quote("b.long", "mayor", LONG, MONDAY + 7);
        LinkStatement laterPart = quote("c.part", "mayor", PART, MONDAY + 7);

        assertThat(matches(later, first)).containsExactly("a.long");
        assertThat(matches(laterPart, first)).containsExactly("a.long");
    }

    @Test
    void anotherSpeakerOrAMonthLaterIsNoCandidate() {
        LinkStatement asking = quote("a.long", "mayor", LONG, MONDAY);

        assertThat(matches(asking, quote("b.long", "governor", LONG, MONDAY))).isEmpty();
        assertThat(matches(asking, quote("c.long", "mayor", LONG, MONDAY + 30))).isEmpty();
        assertThat(matches(asking, quote("d.other", "mayor", "Nothing of the kind was ever decided here",
                MONDAY))).isEmpty();
    }

    @Test
    void aStatementIsNeverItsOwnCandidate() {
        LinkStatement asking = quote("a.long", "mayor", LONG, MONDAY);

        assertThat(matches(asking)).isEmpty();
    }

    @Test
    void theLookupsOfABatchAskForEveryClauseOnceAndAtMost512KeysAQuery() {
        List<List<String>> clauses = new java.util.ArrayList<>();
        for (int i = 0; i < 700; i++) {
            clauses.add(i % 3 == 0 ? List.of("w" + i, "w" + i + "x") : List.of("b" + i));
        }

        List<String> queries = LinkKeys.lookups(clauses);

        assertThat(queries).hasSizeGreaterThan(1);
        List<List<String>> asked = queries.stream().map(q -> List.of(q.split(" OR "))).toList();
        assertThat(asked).allSatisfy(q -> assertThat(q.stream().mapToInt(c -> c.split(" ").length).sum())
                .isLessThanOrEqualTo(LinkKeys.LOOKUP_KEYS));
        // A clause of two keys is asked whole, as a conjunction: a statement must hold both to be returned.
        assertThat(asked.stream().flatMap(List::stream).toList()).isEqualTo(clauses.stream()
                .map(c -> c.size() == 1 ? c.get(0) : "(+" + c.get(0) + " +" + c.get(1) + ")").toList());
        assertThat(LinkKeys.lookups(List.of())).isEmpty();
    }
}
