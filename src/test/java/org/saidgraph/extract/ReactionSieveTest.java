package org.saidgraph.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reactions with their agent after the verb ({@link ReactionSieve}): the agent's name ends where a phrase of manner,
 * time or reason begins, which says how or when they reacted, not who they are.
 */
class ReactionSieveTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The fare increase was criticized by two opposition councillors as rushed.|two opposition councillors",
            "The fare increase was condemned by the ferry unions on Tuesday.|the ferry unions",
            "The fare increase was praised by harbour traders during the meeting.|harbour traders"})
    void theAgentOfAReactionIsNamedWithoutHowOrWhen(String sentence, String agent) {
        Extraction x = Extraction.of(sentence, new ListTagger(Map.of()));
        String speaker = x.name(x.containing("The fare increase was").speaker());
        assertThat(speaker).isEqualToIgnoringCase(agent.replaceFirst("^the ", ""));
    }
}
