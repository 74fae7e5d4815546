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
}
