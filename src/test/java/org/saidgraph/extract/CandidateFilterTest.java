package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The learned filter's place in extraction: what it reads of each candidate, and what it drops. */
class CandidateFilterTest {

    private static final String TEXT = "Kyiv\n\nOlena Kovalenko said the convoy would leave the city on Monday morning.";

    private static Extractor.Traced extract(CandidateFilter filter) {
        return new Extractor(ListTagger.people("Olena Kovalenko"), Extraction.GAZETTEER, filter)
                .extractTraced(new ArticleInput(TEXT, "Test article", null, null, null, null), KnownEntities.none());
    }

    @Test
    void everyStatementCarriesTheFeaturesTheFilterReads() {
        Extractor.Traced traced = extract(CandidateFilter.keepAll());

        assertThat(traced.dataset().statements()).hasSize(1);
        String id = traced.dataset().statements().get(0).id();
        assertThat(traced.features().get(id)).contains("rule=" + traced.rules().get(id), "cue=say", "quoted=none",
                "cuepos=before", "sentence-end", "source=person");
    }

    @Test
    void aCandidateOfAJudgedRuleBelowTheThresholdIsDroppedAndOtherRulesAreKept() {
        String rule = "rule=" + extract(CandidateFilter.keepAll()).rules().values().iterator().next();
        CandidateFilter againstIt = new CandidateFilter(Map.of(rule, -5.0), 0, 0.5, Set.of(rule));
        CandidateFilter judgingAnother = new CandidateFilter(Map.of(rule, -5.0), 0, 0.5, Set.of("rule=other"));

        assertThat(extract(againstIt).dataset().statements()).isEmpty();
        assertThat(extract(judgingAnother).dataset().statements()).hasSize(1);
    }
}
