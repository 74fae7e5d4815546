package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {

    @Test
    void foldsDiacriticsAndCase() {
        assertThat(Names.fold("Gitanas Nausėda")).isEqualTo("gitanas nauseda");
    }

    @Test
    void makesSchemaValidSlugs() {
        assertThat(Names.slug("Gitanas Nausėda")).isEqualTo("gitanas-nauseda");
        assertThat(Names.slug("  U.S. State Department! ")).isEqualTo("u-s-state-department");
        assertThat(Names.slug("“”")).isEqualTo("x");
    }

    @Test
    void theSurnameIsTheWordBeforeAGenerationalSuffix() {
        assertThat(Names.surname("Tomas Arvelo Jr.")).isEqualTo("arvelo");
        assertThat(Names.surname("Tomas Arvelo, III")).isEqualTo("arvelo");
        assertThat(Names.surname("Tomas Arvelo")).isEqualTo("arvelo");
    }
}
