package org.saidgraph.evaluate;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Article;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.EntityType;
import org.saidgraph.dataset.Statement;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScorerTest {

    private static final String TEXT = "Anna Lysenko said the aid would flow \"until the job is done.\" "
            + "\"We will hold,\" Ivan Sokolov said. Reporters asked whether talks would resume.";

    private static Statement statement(String id, String text, boolean verbatim, String speaker) {
        int start = TEXT.indexOf(text);
        return new Statement("a." + id, text, verbatim, "statement", null, null, 0.8,
                new Statement.Span(start, start + text.length()), speaker, null, null, null, null, null, null);
    }

    private static Dataset system(Statement... statements) {
        List<Entity> entities = List.of(
                new Entity(EntityType.PERSON, "anna-lysenko", "Anna Lysenko", null, null, null, null, null, null, null, 0.8),
                new Entity(EntityType.PERSON, "ivan-sokolov", "Ivan Sokolov", null, null, null, null, null, null, null, 0.8),
                new Entity(EntityType.GROUP, "reporters", "Reporters", null, null, null, null, null, null, null, 0.6));
        return new Dataset(null, 1, "extracted", new Article("a", "A", null, null, null, TEXT), entities,
                List.of(statements));
    }

    private static Gold gold() {
        return new Gold(List.of("Anna Lysenko", "Ivan Sokolov"), List.of(), List.of(), Map.of(), List.of(
                new GoldStatement("Anna Lysenko", "indirect", "the aid would flow \"until the job is done.\"",
                        List.of("until the job is done."), false, null, List.of(), null),
                new GoldStatement("Ivan Sokolov", "quote", "We will hold,", List.of(), false, null, List.of(), null),
                new GoldStatement("Reporters", "indirect", "whether talks would resume", List.of(), true, null,
                        List.of(), null)));
    }

    @Test
    void aQuotedFragmentFindsItsMixedIndirectEntry() {
        Score s = new Scorer().score("a", gold(), system(statement("s1", "until the job is done.", true, "anna-lysenko")));
        assertThat(s.indirect().found()).isEqualTo(1);
        assertThat(s.indirect().attributed()).isEqualTo(1);
    }

    @Test
    void countsAWrongSpeakerAsFoundButNotAttributed() {
        Score s = new Scorer().score("a", gold(), system(statement("s1", "We will hold,", true, "anna-lysenko")));
        assertThat(s.quotes().found()).isEqualTo(1);
        assertThat(s.quotes().attributed()).isZero();
    }

    @Test
    void leavesMatchesOfOptionalEntriesOutOfPrecision() {
        Score s = new Scorer().score("a", gold(), system(
                statement("s1", "whether talks would resume", false, "reporters"),
                statement("s2", "Anna Lysenko said", false, "anna-lysenko"),
                statement("s3", "We will hold,", true, "ivan-sokolov")));
        assertThat(s.precision().truePositives()).isEqualTo(1);
        assertThat(s.precision().neutral()).isEqualTo(1);
        assertThat(s.precision().falsePositives()).isEqualTo(1);
        assertThat(s.precision().precision()).isEqualTo(0.5);
        assertThat(s.all().gold()).isEqualTo(2);
    }

    @Test
    void findsGoldNamesAmongNamedEntities() {
        Score s = new Scorer().score("a", gold(), system());
        assertThat(s.people().recall()).isEqualTo(1.0);
        assertThat(s.people().precision()).isEqualTo(1.0);
    }
}
