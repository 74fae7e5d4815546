package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.shipped();

    @Test
    void coversTheCountriesOfTheWorld() {
        long countries = gazetteer.places().stream().filter(p -> p.kind().equals("country")).count();
        assertThat(countries).isGreaterThanOrEqualTo(193);
    }

    @Test
    void usesTheIdsOfTheCuratedSeed() {
        for (String id : List.of("ukraine", "russia", "crimea", "donbas", "luhansk", "donetsk", "kherson",
                "zaporizhzhia", "lithuania", "germany", "europe", "moscow", "united-states")) {
            assertThat(gazetteer.byId(id)).as(id).isPresent();
        }
    }

    @Test
    void knowsCommonSpellingsOfUkrainianPlaces() {
        assertThat(gazetteer.byId("kyiv").orElseThrow().aliases()).contains("Kiev");
        assertThat(gazetteer.byId("zaporizhzhia").orElseThrow().aliases()).contains("Zaporozhye");
        assertThat(gazetteer.byId("luhansk").orElseThrow().aliases()).contains("Lugansk");
        assertThat(gazetteer.byId("donetsk").orElseThrow().partOf()).contains("ukraine", "donbas");
    }

    @Test
    void recordsRussiasClaimedAnnexations() {
        for (String id : List.of("crimea", "donetsk", "luhansk", "kherson", "zaporizhzhia")) {
            assertThat(gazetteer.annexationClaims(id)).as(id).anyMatch(c -> c.by().equals("russia") && !c.recognised());
        }
    }

    @Test
    void hasUniqueIdsAndNoDuplicateAliases() {
        List<Place> places = gazetteer.places();
        assertThat(places.stream().map(Place::id).distinct().count()).isEqualTo(places.size());
        for (Place p : places) {
            assertThat(p.aliases()).as(p.id()).doesNotHaveDuplicates();
        }
    }
}
