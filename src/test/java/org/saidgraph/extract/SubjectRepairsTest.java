package org.saidgraph.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plain speech verbs whose subject the parse loses ({@link SubjectRepairs}): on PolNeAR train these shapes of "say"
 * and "said" made no statement at all. The sentences are invented, of the same shapes; each case names its rule.
 */
class SubjectRepairsTest {

    private static final ListTagger NAMES = new ListTagger(Map.of("Harbourline", "ORGANIZATION", "Dana Whitfield",
            "PERSON", "Lena Ortiz", "PERSON", "Amos Kale", "PERSON"));

    /** A sentence, words of the statement it should hold, and a word of the name of that statement's speaker. */
    record Case(String rule, String sentence, String words, String speakerWord) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case(SubjectRepairs.FINITE_MODIFIER, "The county grant covers less than half of what harbour "
                        + "engineers say they need every year.", "they need every year", "engineers"),
                new Case(SubjectRepairs.NOMINAL_SUBJECT, "Asked whether the mayor “has the courage to lead the harbour "
                        + "town,” 70 percent of ferry workers said yes, but 40 percent of all residents say she does "
                        + "not.", "yes", "percent"),
                new Case(SubjectRepairs.BUT_CONJUNCT, "About two-thirds of ferry workers in all four depots voting "
                        + "Monday support temporarily closing the harbour, but majorities in all four say they want "
                        + "the night ferries to keep running.", "they want the night ferries to keep running",
                        "majorities"),
                new Case(SubjectRepairs.RELATIVE_IN_SUBJECT, "Managers at Harbourline, which made over $8 million "
                        + "in profit in 2023, say the firm will save $2 million a year through the cuts.",
                        "the firm will save $2 million a year", "Managers"),
                new Case(SubjectRepairs.DATELINE, "HARBOURTON — Two-thirds of residents surveyed by the Gazette say "
                        + "they oppose the dredging plan.", "they oppose the dredging plan", "Two-thirds"),
                new Case(SubjectRepairs.DATELINE + " (modifier)", "PORT ELLIS — The regional transport minister, "
                        + "Dana Whitfield, signalled on Tuesday that the state would not renew the ferry subsidy.",
                        "the state would not renew the ferry subsidy", "Whitfield"),
                new Case(SubjectRepairs.CONTRACTED_HAS, "Lena Ortiz has led the tenants' union since 2019. She's said "
                        + "the landlord will not raise the rents this year.", "the landlord will not raise the rents",
                        "Ortiz"),
                new Case(SubjectRepairs.CONTRACTED_HAS + " (relative)", "Senator Amos Kale, who's called for a recount "
                        + "in three counties, met the election board on Monday.", "a recount", "Kale"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRepairedSubjectSpeaks(Case c) {
        Extraction x = Extraction.of(c.sentence(), NAMES);
        String speaker = x.name(x.containing(c.words()).speaker());
        assertThat(speaker).containsIgnoringCase(c.speakerWord()).doesNotContain("which", "Asked", "HARBOURTON", "ELLIS");
    }

    /** "He's said to be ill": "'s" before a participle with an infinitive is "is", a passive that reports no words. */
    @org.junit.jupiter.api.Test
    void aContractedIsBeforeSaidToBeStaysAPassive() {
        Extraction x = Extraction.of("The old judge is rarely seen in town now. He's said to be ill with a winter "
                + "fever.", NAMES);
        assertThat(x.dataset().statements()).isEmpty();
    }

    /** Words set off by dashes or a party label's hyphen are no dateline: the subject before them speaks. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Sen. Jane Roe, R-Neb., said the ferry subsidy should end in March.",
            "Harbourline — and some of its rivals — said the ferry subsidy should end in March."})
    void aSubjectBeforeDashesThatOpenNoDatelineStillSpeaks(String sentence) {
        Extraction x = Extraction.of(sentence, new ListTagger(Map.of("Jane Roe", "PERSON", "Harbourline",
                "ORGANIZATION")));
        assertThat(x.name(x.containing("the ferry subsidy should end").speaker())).isIn("Jane Roe", "Harbourline");
    }

    /** A share of people ("a quarter", "47 percent", "nearly half") is a group named with its article, not a person. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"a quarter", "47 percent", "nearly half", "a majority"})
    void aShareOfPeopleSpeaksAsAGroup(String share) {
        Extraction x = Extraction.of("Most residents oppose the plan, while " + share + " say they support it.", NAMES);
        org.saidgraph.dataset.Entity speaker = x.dataset().entities().stream()
                .filter(e -> e.id().equals(x.containing("they support it").speaker())).findFirst().orElseThrow();
        assertThat(speaker.type()).isEqualTo(org.saidgraph.dataset.EntityType.GROUP);
        assertThat(speaker.name()).containsIgnoringCase(share.substring(share.indexOf(' ') + 1))
                .contains(" ");
    }
}
