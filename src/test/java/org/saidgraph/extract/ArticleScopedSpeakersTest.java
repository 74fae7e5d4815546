package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.EntityType;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who a speaker known only by a description is (issue 10, the graph's faithfulness): every article's "officials" are
 * its own, an entity whose id is the article's id, a dot and a slug, so that loading many articles never makes them
 * one speaker; a description after a possessive pronoun is named by its possessor; a dateline's place is no person.
 * The sentences are written for these tests.
 */
class ArticleScopedSpeakersTest {

    @Test
    void aBareCollectiveNounSpeaksAsAnEntityOfItsArticleAlone() {
        Extraction x = Extraction.of("The harbor board will close the east pier on Friday, officials said.",
                ListTagger.people());
        String speaker = x.the("The harbor board will close the east pier on Friday").speaker();
        assertThat(speaker).isEqualTo(x.dataset().article().id() + ".officials");
        assertThat(entity(x, speaker).type()).isEqualTo(EntityType.GROUP);
        assertThat(entity(x, speaker).name()).isEqualTo("Officials");
    }

    @Test
    void anOrganizationKnownOnlyByItsNounIsScopedToItsArticle() {
        Extraction x = Extraction.of("The water authority raised rates by a third.\nThe increase will fund new "
                + "pipes, the authority said.", ListTagger.people());
        assertThat(x.the("The increase will fund new pipes").speaker())
                .isEqualTo(x.dataset().article().id() + ".authority");
    }

    @Test
    void aRegulatorOrAHospitalKnownOnlyByItsNounSpeaksAsAnOrganization() {
        Extraction x = Extraction.of("The regulator said it would examine the merger. The hospital said it would hire "
                + "forty nurses.", ListTagger.people());
        assertThat(entity(x, x.the("it would examine the merger").speaker()).type())
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(x, x.the("it would hire forty nurses").speaker()).type())
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aDescriptionAfterAPossessivePronounIsNamedByItsPossessor() {
        Extraction x = Extraction.of("Mayor Helen Okafor wants to close the east pier.\nThe closure is overdue, "
                + "according to her office.", ListTagger.people("Helen Okafor"));
        Entity office = entity(x, x.the("The closure is overdue").speaker());
        assertThat(office.name()).isEqualTo("Helen Okafor's office");
        assertThat(office.id()).as("shared with every article about her office").isEqualTo("helen-okafor-s-office");
        assertThat(office.aliases()).contains("her office");
    }

    @Test
    void aPossessiveInAFrontedPhraseIsTheOneTheClauseThenNames() {
        Extraction x = Extraction.of("“Nobody asked the teachers,” Grace Ibekwe said.\nAccording to her office, Mayor "
                + "Helen Okafor was not consulted before the vote.", ListTagger.people("Grace Ibekwe", "Helen Okafor"));
        assertThat(x.speakerName("Mayor Helen Okafor was not consulted before the vote"))
                .isEqualTo("Helen Okafor's office");
    }

    @Test
    void aNamedOrganizationKeepsTheIdItSharesWithOtherArticles() {
        Extraction x = Extraction.of("The Dalby Water Board met on Monday.\nThe rates will rise, the Dalby Water "
                + "Board said.", new ListTagger(Map.of("Dalby Water Board", "ORGANIZATION")));
        assertThat(x.the("The rates will rise").speaker()).isEqualTo("dalby-water-board");
    }

    @Test
    void aDatelinePlaceTheTaggerCallsAPersonIsAPlace() {
        Extraction x = Extraction.of("MERRINGTON -- Mayor Helen Okafor wants to close the east pier.\nThe pier is "
                + "unsafe, Okafor said.", ListTagger.people("MERRINGTON", "Helen Okafor"));
        assertThat(x.dataset().entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .containsExactly("Helen Okafor");
        assertThat(x.dataset().entities()).filteredOn(e -> e.name().equals("MERRINGTON")).extracting(Entity::type)
                .containsExactly(EntityType.TERRITORY);
    }

    @Test
    void aDatelineIsANameOpeningAParagraphBeforeADash() {
        String text = "Headline here\nKELLER BROOKS, Ohio (AP) -- Senator Tom Reyes spoke.\nMerrington, March 3 "
                + "-- The pier closed.\nTom Reyes -- a senator -- spoke. Then Ana Ruiz, the mayor, spoke.";
        assertThat(DatelinePlace.at(text, text.indexOf("KELLER"), text.indexOf(", Ohio"))).isTrue();
        assertThat(DatelinePlace.at(text, text.indexOf("Merrington"), text.indexOf(", March"))).isTrue();
        assertThat(DatelinePlace.at(text, text.indexOf("Tom Reyes --"), text.indexOf(" -- a senator")))
                .as("a name in title case before a dash alone is a name").isFalse();
        assertThat(DatelinePlace.at(text, text.indexOf("Ana Ruiz"), text.indexOf(", the mayor"))).isFalse();
        assertThat(DatelinePlace.at(text, text.indexOf("Tom Reyes spoke"), text.indexOf(" spoke.")))
                .as("not at a paragraph's start").isFalse();
    }

    private static Entity entity(Extraction x, String id) {
        return x.dataset().entities().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + id));
    }
}
