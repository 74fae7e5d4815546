package org.saidgraph.query;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntitySearchSyntaxTest {

    @Test
    void foldsCaseAndDiacriticsAndQuotesNothing() {
        assertThat(EntityQueries.lucene("Nausėda")).isEqualTo("(nauseda^4 OR nauseda* OR nauseda~1)");
        assertThat(EntityQueries.lucene("@elonmusk")).isEqualTo("(elonmusk^4 OR elonmusk* OR elonmusk~1)");
        assertThat(EntityQueries.lucene("UN")).isEqualTo("(un^4 OR un*)");
        assertThat(EntityQueries.lucene("name:* OR x")).doesNotContain(":").contains("(name^4", "(or^4", "(x^4");
    }

    @Test
    void refusesQueriesWithoutWords() {
        assertThatThrownBy(() -> EntityQueries.lucene("*?~")).isInstanceOfSatisfying(BadParameterException.class,
                e -> assertThat(e.parameter()).isEqualTo("q"));
        assertThatThrownBy(() -> EntityQueries.lucene(null)).isInstanceOf(BadParameterException.class);
        assertThatThrownBy(() -> EntityQueries.lucene("a b c d e f g h i j k")).isInstanceOf(BadParameterException.class);
    }
}
