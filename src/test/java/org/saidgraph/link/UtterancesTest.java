package org.saidgraph.link;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the loader keeps on an utterance ({@link Utterances.Kept}) extended by the occurrences that join it says what
 * describing all its occurrences says: the loader adds statements to a large utterance without reading the others,
 * so any drift between the two would go unseen in the graph.
 */
class UtterancesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    /** Occurrences of one speaker's words: quotations of several lengths, copies, reports, undated ones. */
    private static List<Utterances.Member> occurrences() {
        String longest = "We will not accept a second vote under the guns of foreign soldiers, and neither will Selka";
        String part = "We will not accept a second vote under the guns of foreign soldiers";
        List<Utterances.Member> all = new ArrayList<>();
        all.add(member("a1", true, part, 3, 4, "ledger"));
        all.add(member("a2", true, part, 1, 1, null));
        all.add(member("a3", true, "we will not accept a second vote under the guns of foreign soldiers", 2, 2,
                "courier"));
        all.add(member("a4", true, longest, 5, 6, "kestrel"));
        all.add(member("a5", true, longest, 4, 7, "ledger"));
        all.add(member("a6", false, "She said Orvania would not accept another vote held under foreign guns", 0, 3,
                "northline"));
        all.add(member("a7", false, "She rejected a second vote under the guns of soldiers", null, null, null));
        all.add(member("a8", true, "a second vote under the guns of foreign soldiers", 6, 6, "courier"));
        all.add(member("a9", false, "She said there would be no second vote under soldiers' guns", 2, null, "kestrel"));
        return all;
    }

    private static Utterances.Member member(String id, boolean verbatim, String text, Integer said, Integer published,
                                            String outlet) {
        return new Utterances.Member("ilves." + id, "ilves", verbatim, text, "reject", List.of("orvania", "selka"),
                said == null ? null : DAY.plusDays(said), published == null ? null : DAY.plusDays(published),
                outlet == null ? List.of() : List.of(outlet));
    }

    /** What the loader keeps of {@code members}, as it writes it after describing them. */
    private static Utterances.Kept kept(List<Utterances.Member> members) {
        Utterances.Summary u = Utterances.describe(members);
        Utterances.Member defining = members.stream().filter(m -> m.statementId().equals(u.definedBy())).findFirst()
                .orElseThrow();
        return new Utterances.Kept(defining, u.date(), u.firstSeen(), u.lastSeen(), u.outlets(), u.occurrences());
    }

    @Test
    void extendingWhatAnUtteranceKeepsGivesWhatDescribingAllItsOccurrencesGives() {
        Random random = new Random(16);
        int extended = 0;
        int redescribed = 0;
        for (int round = 0; round < 400; round++) {
            List<Utterances.Member> all = occurrences();
            Collections.shuffle(all, random);
            List<Utterances.Member> members = all.subList(0, 2 + random.nextInt(all.size() - 1));
            int split = 1 + random.nextInt(members.size() - 1);
            List<Utterances.Member> before = members.subList(0, split);
            List<Utterances.Member> added = members.subList(split, members.size());

            Utterances.Summary whole = Utterances.describe(members);
            Utterances.Summary extension = Utterances.extend(kept(before), added);

            Set<String> addedIds = added.stream().map(Utterances.Member::statementId).collect(Collectors.toSet());
            if (extension == null) {
                // Only when an added occurrence with other words defines the utterance: every match is then worked
                // out again.
                assertThat(addedIds).contains(whole.definedBy());
                assertThat(whole.text()).isNotEqualTo(Utterances.describe(before).text());
                redescribed++;
                continue;
            }
            extended++;
            assertThat(extension.definedBy()).isEqualTo(whole.definedBy());
            assertThat(List.of(extension.id(), extension.speaker(), extension.text(), extension.verbatim(),
                    String.valueOf(extension.date()), String.valueOf(extension.firstSeen()),
                    String.valueOf(extension.lastSeen()), extension.outlets(), extension.occurrences()))
                    .isEqualTo(List.of(whole.id(), whole.speaker(), whole.text(), whole.verbatim(),
                            String.valueOf(whole.date()), String.valueOf(whole.firstSeen()),
                            String.valueOf(whole.lastSeen()), whole.outlets(), whole.occurrences()));
            assertThat(extension.links()).isEqualTo(whole.links().stream()
                    .filter(l -> addedIds.contains(l.statementId())).toList());
        }
        // Both ways are exercised, not just one.
        assertThat(extended).isGreaterThan(50);
        assertThat(redescribed).isGreaterThan(50);
    }

    @Test
    void aLongerQuotationJoiningAnUtteranceIsNotAnExtensionSinceItChangesTheText() {
        List<Utterances.Member> all = occurrences();
        Utterances.Kept shortOnly = kept(List.of(all.get(0), all.get(5)));

        assertThat(Utterances.extend(shortOnly, List.of(all.get(3)))).isNull();
        // An earlier copy of the same words only becomes the one that defines it.
        assertThat(Utterances.extend(shortOnly, List.of(all.get(1))).definedBy()).isEqualTo("ilves.a2");
        assertThat(Utterances.extend(shortOnly, List.of(all.get(6))).links())
                .extracting(Linking.Link::match).containsExactly(Match.PARAPHRASE);
    }
}
