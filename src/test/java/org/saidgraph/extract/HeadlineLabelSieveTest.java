package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Headlines "Label: words" attribute the words to the label (the headlines are invented). */
class HeadlineLabelSieveTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor");

    @Test
    void aOneWordLabelThatNamesNoOneIsItselfTheSpeaker() {
        Extraction x = Extraction.of("Poll: Islanders Turn Against the Harbour Plan\nA new survey of 900 islanders "
                + "was published on Monday.", PEOPLE);
        assertThat(x.speakerName("Islanders Turn Against the Harbour Plan")).isEqualTo("Poll");
    }

    @Test
    void aTextOfOneParagraphHasNoHeadlineToLabel() {
        Extractor.Traced t = Extraction.traced("Fares on the northern crossing - Ana Okafor: “They will rise again in "
                + "spring.”", PEOPLE);
        Statement s = t.dataset().statements().get(0);
        assertThat(s.text()).isEqualTo("They will rise again in spring.");
        assertThat(t.rules().get(s.id())).isEqualTo(NameColonLeadIn.DASH_RULE);
    }

    @Test
    void aLongerLabelGivesTheWordsToThePersonItNames() {
        Extraction x = Extraction.of("A Lesson From Ana Okafor: Keep the Ferry Running Every Day\nAna Okafor ran the "
                + "island ferry for twenty years.", PEOPLE);
        assertThat(x.speakerName("Keep the Ferry Running Every Day")).isEqualTo("Ana Okafor");
    }

    @Test
    void aQuotationOpeningTheLabelledWordsThatGoOnAfterItIsAFragmentOfThem() {
        Extraction x = Extraction.of("Ana Okafor: ‘No Money’ Left to Repair the Old Harbour Pier\nAna Okafor ran the "
                + "island ferry for twenty years.", PEOPLE);
        assertThat(x.dataset().statements()).anySatisfy(s -> {
            assertThat(s.text()).isEqualTo("‘No Money’ Left to Repair the Old Harbour Pier");
            assertThat(s.verbatim()).isFalse();
            assertThat(x.name(s.speaker())).isEqualTo("Ana Okafor");
        });
    }

    @Test
    void aQuotationThatIsAllTheLabelledWordsIsTheSpeakersQuotation() {
        Extraction x = Extraction.of("Ana Okafor: ‘We Will Repair the Old Harbour Pier’\nAna Okafor ran the island "
                + "ferry for twenty years.", PEOPLE);
        assertThat(x.dataset().statements()).anySatisfy(s -> {
            assertThat(s.text()).isEqualTo("We Will Repair the Old Harbour Pier");
            assertThat(s.verbatim()).isTrue();
        });
    }

    @Test
    void aLabelThatNamesNoSpeakerMakesNoStatement() {
        Extraction x = Extraction.of("The Latest: Ferry Strike Enters Its Second Week\nThe ferry crews stayed home "
                + "again on Monday.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("Ferry Strike"));
    }

    @Test
    void aLabelBelowTheHeadlineIsNotReadAsOne() {
        Extraction x = Extraction.of("Ferry Strike Enters Its Second Week\nPoll: islanders turn against the harbour "
                + "plan as the strike goes on.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.startsWith("islanders turn against"));
    }
}
