package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.EntityType;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unknown capitalised names typed by their context. The tagger here calls every listed name a person, as CoreNLP does
 * with names it has never seen; the names and places are invented for these tests.
 */
class PlaceContextTest {

    private final PlaceContext context = PlaceContext.shipped();

    @Test
    void anEmptyOrLetterlessNameIsJudgedAtOnceWithNoVotes() {
        // An empty name once looped for ever (indexOf("", i) past the end answers the text's length): found by
        // ExtractionNeverThrowsTest's random tagger, which hung the suite.
        PlaceContext.Verdict empty = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5), () -> context.judge("The mayor of Varo opened the bridge.", ""));
        assertThat(empty).isEqualTo(new PlaceContext.Verdict(0, 0));
        assertThat(context.judge("Talks in , ended.", ",")).isEqualTo(new PlaceContext.Verdict(0, 0));
    }

    @Test
    void theMayorOfANameMakesItAPlace() {
        assertThat(context.judge("The mayor of Varo opened the bridge.", "Varo").place()).isTrue();
    }

    @Test
    void talksInANameMakeItAPlace() {
        assertThat(context.judge("Talks in Lenk ended without a deal.", "Lenk").place()).isTrue();
    }

    @Test
    void aBasedCompanyAndATownInAppositionMakeItAPlace() {
        assertThat(context.judge("A Tursk-based firm won the contract.", "Tursk").place()).isTrue();
        assertThat(context.judge("Tursk, a small town on the coast, voted early.", "Tursk").place()).isTrue();
        assertThat(context.judge("Crowds filled the village of Tursk.", "Tursk").place()).isTrue();
    }

    @Test
    void aTitleAFirstNameOrASpeechVerbMakeItAPerson() {
        assertThat(context.judge("Mr. Lenk said the talks in Lenk were over.", "Lenk").place()).isFalse();
        assertThat(context.judge("Anna Lenk met voters in Lenk. Lenk said she was tired.", "Lenk").place()).isFalse();
        assertThat(context.judge("Voters trust Lenk.", "Lenk").place()).isFalse();
    }

    @Test
    void aPlacesModifierBeforeANameMakesItAPlaceEvenOpeningASentence() {
        assertThat(context.judge("Neighbouring Estavia, which shares the basin, warned that it would go to court.",
                "Estavia").place()).isTrue();
        assertThat(context.judge("Farmers in landlocked Estavia fear the dam.", "Estavia").place()).isTrue();
    }

    @Test
    void aPlaceTheTaggerMissedSpeaksThroughItsGovernment() {
        Extraction x = Extraction.of("Neighbouring Estavia, which shares the river basin, warned that it would take "
                + "the matter to the water commission.", new ListTagger(Map.of()));
        assertThat(x.speakerName("it would take the matter to the water commission")).isEqualTo("Estavia government");
        assertThat(entity(x, "Estavia")).map(Entity::type).contains(EntityType.TERRITORY);
        assertThat(x.dataset().entities()).noneMatch(e -> e.type() == EntityType.PERSON);
    }

    @Test
    void anAppositionThatOnlyNamesAPlaceOnTheWayToItsHeadIsAPerson() {
        assertThat(context.judge("Oduya, the city's mayor, opposed the plan.", "Oduya").place()).isFalse();
        assertThat(context.judge("Oduya, a city councillor, opposed the plan.", "Oduya").place()).isFalse();
        assertThat(context.judge("Tursk, the region's capital, voted early.", "Tursk").place()).isTrue();
    }

    @Test
    void inAPossessiveIsNoPlace() {
        assertThat(context.judge("There was little faith in Lenk's plan.", "Lenk").place()).isFalse();
    }

    @Test
    void anUnknownPlaceIsExtractedAsATerritoryAndNeverSpeaks() {
        Extraction x = Extraction.of("The mayor of Varo, Jonas Petrell, said the new ferry would run all winter.\n"
                + "Talks in Lenk ended on Friday, Petrell said.", new ListTagger(Map.of("Varo", "PERSON",
                "Lenk", "PERSON", "Jonas Petrell", "PERSON", "Petrell", "PERSON")));
        assertThat(entity(x, "Varo")).map(Entity::type).contains(EntityType.TERRITORY);
        assertThat(entity(x, "Lenk")).map(Entity::type).contains(EntityType.TERRITORY);
        assertThat(entity(x, "Jonas Petrell")).map(Entity::type).contains(EntityType.PERSON);
        assertThat(x.speakerName("the new ferry would run all winter")).isEqualTo("Jonas Petrell");
        assertThat(x.dataset().statements()).noneMatch(s -> x.name(s.speaker()).equals("Varo")
                || x.name(s.speaker()).equals("Lenk"));
    }

    private static Optional<Entity> entity(Extraction x, String name) {
        return x.dataset().entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
