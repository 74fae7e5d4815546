package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "rejected that idea": a "that" followed by a noun and no verb points back at what was said before; it is no
 * complementizer, even where the tagger tags it as one, and the statement keeps it (the sentence is invented).
 */
class DemonstrativeThatTest {

    @Test
    void aDemonstrativeThatStaysWithItsNoun() {
        Extraction x = Extraction.of("Councillor Pieter Vos rejected that idea at the hearing on Monday.",
                ListTagger.people("Pieter Vos"));
        assertThat(x.dataset().statements()).as("the statement of \"rejected\"")
                .anyMatch(s -> s.text().startsWith("that idea"))
                .noneMatch(s -> s.text().startsWith("idea"));
    }

    @Test
    void aDemonstrativeThatBeforeAnAddedQuotationStaysToo() {
        // Found in an article of our own: the parse makes "that" the object and "claim" hang on it, and the words
        // read after the verb gave the statement "claim".
        Extraction x = Extraction.of("Moyo told the paper last month that the guild had never wanted a strike. In "
                + "an interview on Friday she repeated that claim, adding: \"Nobody on our side wants to see a single "
                + "sailing cancelled.\"", ListTagger.people("Moyo"));
        assertThat(x.dataset().statements()).as("the statements of the second sentence")
                .noneMatch(s -> s.text().equals("claim"));
    }
}
