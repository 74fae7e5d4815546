package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A closing attribution followed by a dash and the reporter's comment ({@link CommentAfterDash}): what was said is the
 * clause before the attribution, not the noun phrase after the dash. The sentences are written for these tests.
 */
class CommentAfterDashTest {

    private static final ListTagger PEOPLE = ListTagger.people("Lena Brandt");

    @Test
    void theClauseBeforeTheAttributionIsSaidNotTheCommentAfterTheDash() {
        Extraction x = Extraction.of("The ferry fares will rise in May, Lena Brandt said on Friday — a change that "
                + "will anger many commuters.", PEOPLE);
        Statement fares = x.the("The ferry fares will rise in May");
        assertThat(x.name(fares.speaker())).isEqualTo("Lena Brandt");
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("anger many commuters"));
    }

    @Test
    void aDoubleHyphenAfterTheTimeOfTheReportEndsItToo() {
        Extraction x = Extraction.of("The county deficit will shrink this year, faster than planned, the auditor "
                + "Lena Brandt reported on Tuesday -- a shift that raises new questions for the council.", PEOPLE);
        Statement deficit = x.the("The county deficit will shrink this year, faster than planned");
        assertThat(x.name(deficit.speaker())).isEqualTo("Lena Brandt");
    }
}
