package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule {@value PatternVerbSieve#COORDINATED_SUBJECT}: a text-pattern reading whose subject is a coordination of
 * names ("A and B", "A, B and C") is the first name's, as the parse's subject is for the other rules, not the last
 * name's, which only stands nearest the verb (the sentences are invented).
 */
class CoordinatedSubjectTest {

    private static final String LEAD = "Ferry fares\nThe Eastport Harbour Trust raised ferry fares on Monday.\n";

    @Test
    void twoNamesJoinedByAndSpeakAsTheFirst() {
        Extraction x = Extraction.of(LEAD + "Councillor Maria Lindqvist and Councillor Tomas Berglund did not respond "
                + "to requests for comment.", SharedCoreNlp.ANALYZER);
        Statement s = x.containing("requests for comment");
        assertThat(x.name(s.speaker())).contains("Lindqvist");
    }

    @Test
    void aListOfNamesSpeaksAsItsFirst() {
        Extraction x = Extraction.of(LEAD + "Maria Lindqvist, Tomas Berglund and Anna Holm did not respond to "
                + "requests for comment.", SharedCoreNlp.ANALYZER);
        Statement s = x.containing("requests for comment");
        assertThat(x.name(s.speaker())).contains("Lindqvist");
    }

    @Test
    void aCommaAndBetweenTwoNamesJoinsClausesNotSpeakers() {
        Extraction x = Extraction.of(LEAD + "The seat on the board went to Maria Lindqvist, and Tomas Berglund did not "
                + "respond to requests for comment.", SharedCoreNlp.ANALYZER);
        Statement s = x.containing("requests for comment");
        assertThat(x.name(s.speaker())).contains("Berglund");
    }
}
