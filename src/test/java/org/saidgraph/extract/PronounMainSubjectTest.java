package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule pronoun-main-subject ({@link Sources}): "he"/"she" after a sentence whose main verb has one person as subject
 * and a clause inside it another ("Roe's charge that Ruiz … was false, Doe said.") is the main verb's subject. Rule
 * split-quote-pronoun ({@link SplitQuotePronoun}): the second piece of a quotation split by "he said" gets the speaker
 * its first piece got, so the two stay one statement. Rule appositive-of-subject ({@link Sources}): the name in
 * apposition to a subject ("X's minister, Jane Roe, said") counts as the subject. Rule description-apposition
 * ({@link Sources}): a description with a name in apposition stands for that person. Seen on PolNeAR train; the sentences
 * are invented.
 */
class PronounMainSubjectTest {

    private static final ListTagger NAMES = new ListTagger(Map.of("Tom Ruiz", "PERSON", "Mark Doe", "PERSON",
            "Ann Roe", "PERSON"));

    @Test
    void theMainVerbsSubjectIsWhoHeIs() {
        Extraction x = Extraction.of("Ann Roe's charge that Tom Ruiz had emptied the harbour pension fund was false, "
                + "Mark Doe said.\n\n“Every account of the fund was audited twice last year and nothing was "
                + "missing,” he said.", NAMES);
        assertThat(x.name(x.containing("Every account of the fund").speaker())).isEqualTo("Mark Doe");
    }

    @Test
    void bothPiecesOfASplitQuotationKeepOneSpeaker() {
        Extraction x = Extraction.of("When Tom Ruiz tried to defend the new ferry fares, Mark Doe sharply disagreed."
                + "\n\n“The fares hurt the families who cross every day,” he said, “and the council should cut them "
                + "before the winter timetable begins.”", NAMES);
        List<Statement> pieces = x.dataset().statements().stream()
                .filter(s -> s.text().contains("The fares hurt") || s.text().contains("the council should cut"))
                .toList();
        assertThat(pieces).isNotEmpty().allMatch(s -> x.name(s.speaker()).equals("Mark Doe"));
    }

    @Test
    void aSubjectNamedInAppositionIsWhoHeIsNotThePossessorBeforeIt() {
        // Rule appositive-of-subject: the parse makes the name the apposition of "minister", the subject; the
        // possessor (a place the recogniser took for a person) is no subject.
        Extraction x = Extraction.of("Border tension rises\n\nKestria's defence minister, Tomas Brezny, had said a day "
                + "earlier that two brigades were camped near the frontier. He warned that his government would "
                + "respond to any provocation.\n", ListTagger.people("Kestria", "Tomas Brezny"));
        assertThat(x.name(x.containing("his government would respond").speaker())).isEqualTo("Tomas Brezny");
    }

    @Test
    void aDescriptionWithANameInAppositionIsThatPersonForShe() {
        // Rule description-apposition: "The chief negotiator" alone would make an entity of its own words.
        Extraction x = Extraction.of("Talks stall\n\nThe chief Valdorian negotiator, Irina Moldovan, told state "
                + "television that her side had offered every reasonable guarantee. \"We put a serious proposal on the "
                + "table. It is still there,\" she said.\n", ListTagger.people("Irina Moldovan"));
        assertThat(x.name(x.containing("We put a serious proposal").speaker())).isEqualTo("Irina Moldovan");
    }
}
