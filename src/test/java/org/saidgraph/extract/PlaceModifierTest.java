package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule place-based-modifier ({@link PlaceModifier}): "a Florida-based strategist" names no speaker in Florida; the
 * name after the modifier speaks. Seen on PolNeAR train giving quotations to "Florida government" and "Los Angeles
 * government"; the sentences are invented.
 */
class PlaceModifierTest {

    private static final ListTagger NAMES = new ListTagger(Map.of("Tom Ruiz", "PERSON", "Ohio", "LOCATION"));

    @Test
    void aPlaceBasedModifierIsNotTheSpeaker() {
        Extraction x = Extraction.of("\"The ferry will stop running on Sundays from next month,\" said Ohio-based "
                + "lawyer Tom Ruiz.", NAMES);
        assertThat(x.name(x.containing("The ferry will stop running").speaker())).isEqualTo("Tom Ruiz");
    }

    @Test
    void theModifierIsReadOnlyBeforeBasedOrBorn() {
        assertThat(PlaceModifier.modifies("an Ohio-based firm", 7)).isTrue();
        assertThat(PlaceModifier.modifies("an Ohio-born senator", 7)).isTrue();
        assertThat(PlaceModifier.modifies("Ohio said", 4)).isFalse();
        assertThat(PlaceModifier.modifies("Ohio-Michigan border", 4)).isFalse();
    }
}
