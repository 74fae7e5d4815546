package org.saidgraph.query.cypher;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The renderer counts values and JSON bytes as it goes and stops at the budget, not after it. */
class ValueRendererTest {

    private final ValueRenderer renderer = new ValueRenderer();

    @Test
    void rendersPlainValuesAndCountsTheirJsonBytes() {
        ValueRenderer.Budget budget = new ValueRenderer.Budget(100, 1000);
        Object rendered = renderer.render(Values.value(Map.of("a", List.of(1L, 2.5, "x\"y", true))), budget);
        assertThat(rendered).isEqualTo(Map.of("a", List.of(1L, 2.5, "x\"y", true)));
        assertThat(budget.bytes()).isBetween(20L, 40L);
    }

    @Test
    void stopsAtTheValueBudgetInsideOneList() {
        ValueRenderer.Budget budget = new ValueRenderer.Budget(1000, Long.MAX_VALUE);
        ValueRenderer.Exhausted e = catchThrowableOfType(() -> renderer.render(
                Values.value(Collections.nCopies(1_000_000, 7L)), budget), ValueRenderer.Exhausted.class);
        assertThat(e.limit()).isEqualTo("values");
        assertThat(e.getMessage()).contains("saidgraph.cypher.max-values");
    }

    @Test
    void stopsAtTheByteBudgetBeforeAHugeStringIsKept() {
        ValueRenderer.Budget budget = new ValueRenderer.Budget(Long.MAX_VALUE, 1024 * 1024);
        ValueRenderer.Exhausted e = catchThrowableOfType(() -> renderer.render(
                Values.value("é".repeat(600_000)), budget), ValueRenderer.Exhausted.class);
        assertThat(e.limit()).isEqualTo("bytes");
    }

    @Test
    void countsJsonEscapesAndMultiByteCharacters() {
        assertThat(ValueRenderer.jsonLength("ab")).isEqualTo(4);
        assertThat(ValueRenderer.jsonLength("\"")).isEqualTo(4);
        assertThat(ValueRenderer.jsonLength("é")).isEqualTo(4);
        assertThat(ValueRenderer.jsonLength("€")).isEqualTo(5);
        assertThat(ValueRenderer.jsonLength("\u0001")).isEqualTo(8);
    }
}
