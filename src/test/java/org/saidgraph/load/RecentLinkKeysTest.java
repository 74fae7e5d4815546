package org.saidgraph.load;

import org.junit.jupiter.api.Test;
import org.saidgraph.link.LinkKeys;
import org.saidgraph.link.LinkStatement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the loader remembers of the statements it committed answers for the full-text index only where it holds all
 * that the index would find: weeks the graph held nothing of when first met, statements of committed transactions,
 * without the articles rewritten since, and never beyond its bound.
 */
class RecentLinkKeysTest {

    private static final long MONDAY = LocalDate.of(2024, 3, 4).toEpochDay();
    private static final String WORDS = "The harbour will stay open to every ship that flies a neutral flag";

    private final List<Long> asked = new ArrayList<>();

    private static LinkStatement quote(String id, long day) {
        return new LinkStatement(id, "mayor", true, WORDS, "claim", List.of(), day);
    }

    private boolean answers(RecentLinkKeys recent, long day, Set<Long> weeksInGraph) {
        return recent.answers(day, false, week -> {
            asked.add(week);
            return weeksInGraph.contains(week);
        });
    }

    /** One transaction that writes {@code s}, as the loader runs it: the week is met, the statement staged. */
    private void commit(RecentLinkKeys recent, String article, LinkStatement s) {
        recent.begin();
        answers(recent, s.day(), Set.of());
        recent.written(s.id(), article, s.day(), LinkKeys.stored(s));
        recent.commit();
    }

    private static List<String> matches(RecentLinkKeys recent, LinkStatement s, List<String> stale) {
        return recent.matches(s.id(), LinkKeys.clauses(s), stale);
    }

    @Test
    void answersForAStatementWhoseFiveWeeksTheGraphHeldNothingOfAndAsksTheGraphOncePerWeek() {
        RecentLinkKeys recent = new RecentLinkKeys(100);
        assertThat(answers(recent, MONDAY, Set.of())).isTrue();
        assertThat(answers(recent, MONDAY + 1, Set.of())).isTrue();
        long week = Math.floorDiv(MONDAY, LinkKeys.DAYS);
        assertThat(asked).containsExactly(week - 2, week - 1, week, week + 1, week + 2);

        RecentLinkKeys other = new RecentLinkKeys(100);
        assertThat(answers(other, MONDAY, Set.of(week + 2))).as("the graph holds a statement two weeks later")
                .isFalse();
        assertThat(other.answers(null, true, w -> false)).as("undated").isFalse();
        assertThat(RecentLinkKeys.none().answers(MONDAY, true, w -> false)).isFalse();
    }

    @Test
    void findsOnlyWhatWasCommittedAndNotTheStatementsOfArticlesBeingRewritten() {
        RecentLinkKeys recent = new RecentLinkKeys(100);
        LinkStatement first = quote("a.first", MONDAY);
        LinkStatement again = quote("b.again", MONDAY + 3);

        recent.begin();
        answers(recent, first.day(), Set.of());
        recent.written(first.id(), "a", first.day(), LinkKeys.stored(first));
        recent.begin(); // the transaction was tried again, or failed: nothing staged is kept
        recent.commit();
        assertThat(matches(recent, again, List.of())).isEmpty();

        commit(recent, "a", first);
        assertThat(matches(recent, again, List.of())).containsExactly("a.first");
        assertThat(matches(recent, again, List.of("a"))).as("article a is being rewritten").isEmpty();

        recent.begin();
        recent.stale(List.of("a"));
        recent.commit();
        assertThat(matches(recent, again, List.of())).as("article a was deleted").isEmpty();
        assertThat(recent.size()).isZero();
    }

    @Test
    void keysAreHeldAsDistinctNumbersTheSameInEveryRun() {
        String stored = LinkKeys.stored(quote("a.1", MONDAY)) + " " + LinkKeys.stored(quote("b.1", MONDAY + 30));
        List<String> keys = List.of(stored.split(" "));
        assertThat(keys.stream().mapToLong(LinkKeys::code).distinct().count())
                .isEqualTo(keys.stream().distinct().count());
        assertThat(LinkKeys.code(keys.get(0))).isEqualTo(LinkKeys.code(new String(keys.get(0))));
        String sameBitsOtherKind = "z" + keys.get(0).substring(1);
        assertThat(LinkKeys.code(sameBitsOtherKind)).isNotEqualTo(LinkKeys.code(keys.get(0)));
        assertThat(LinkKeys.code("not a key")).isNotEqualTo(LinkKeys.code("not a key either"));
    }

    @Test
    void aKeySharedBySeveralStatementsStillFindsTheOthersWhenOneIsForgotten() {
        RecentLinkKeys recent = new RecentLinkKeys(100);
        commit(recent, "a", quote("a.1", MONDAY));
        commit(recent, "b", quote("b.1", MONDAY + 1));
        commit(recent, "c", quote("c.1", MONDAY + 2));
        LinkStatement asking = quote("d.1", MONDAY + 3);
        assertThat(matches(recent, asking, List.of())).containsExactly("a.1", "b.1", "c.1");

        recent.begin();
        recent.stale(List.of("b"));
        recent.commit();
        assertThat(matches(recent, asking, List.of())).containsExactly("a.1", "c.1");
        recent.begin();
        recent.stale(List.of("a"));
        recent.commit();
        assertThat(matches(recent, asking, List.of())).containsExactly("c.1");
        assertThat(matches(recent, quote("c.1", MONDAY + 2), List.of())).as("never itself").isEmpty();
    }

    @Test
    void forgetsTheWeeksFarFromThoseTheLastTransactionWroteAndNoLongerAnswersAroundThem() {
        RecentLinkKeys recent = new RecentLinkKeys(1);
        long later = MONDAY + 5 * LinkKeys.DAYS;
        commit(recent, "a", quote("a.1", MONDAY));
        commit(recent, "b", quote("b.1", later));
        commit(recent, "c", quote("c.1", later + 1));

        assertThat(recent.size()).isEqualTo(2);
        assertThat(matches(recent, quote("d.1", later + 2), List.of())).containsExactlyInAnyOrder("b.1", "c.1");
        assertThat(answers(recent, MONDAY + 1, Set.of())).as("its week was forgotten").isFalse();
        assertThat(answers(recent, MONDAY + 2 * LinkKeys.DAYS, Set.of())).as("two weeks on").isFalse();
        assertThat(answers(recent, later, Set.of())).isTrue();
    }

    @Test
    void holdsEveryStatementOfTheWeeksNearWhatWasWrittenHoweverManyAndTheWeekBeforeToo() {
        RecentLinkKeys recent = new RecentLinkKeys(1);
        long lastWeek = MONDAY - LinkKeys.DAYS;
        commit(recent, "early", quote("early.1", lastWeek));
        recent.begin();
        for (int i = 0; i < 30_000; i++) {
            answers(recent, MONDAY, Set.of());
            recent.written("many" + i + ".1", "many" + i, MONDAY, new long[] {i, 1_000_000L + i % 7});
        }
        recent.commit();

        assertThat(recent.size()).as("more statements than the old bound of 25,000, all of one week and the one before")
                .isEqualTo(30_001);
        assertThat(matches(recent, quote("late.1", MONDAY + 1), List.of())).containsExactly("early.1");
        assertThat(answers(recent, MONDAY + 1, Set.of())).isTrue();
    }
}
