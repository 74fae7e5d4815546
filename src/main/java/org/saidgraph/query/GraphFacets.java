package org.saidgraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The choices of the explorer's filters; {@code acts} are the schema's, the rest come from the graph. */
public record GraphFacets(List<String> acts, List<Option> speakers, List<Option> territories, List<Option> articles) {

    GraphFacets(List<Option> speakers, List<Option> territories, List<Option> articles) {
        this(null, speakers, territories, articles);
    }

    public GraphFacets withActs(List<String> acts) {
        return new GraphFacets(acts, speakers, territories, articles);
    }

    /** An id with its name (an article's title); {@code count} is a speaker's number of statements. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Option(String id, String name, Long count) {
    }
}
