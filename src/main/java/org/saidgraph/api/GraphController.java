package org.saidgraph.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.saidgraph.query.Acts;
import org.saidgraph.query.BadParameterException;
import org.saidgraph.query.GraphFacets;
import org.saidgraph.query.GraphQueries;
import org.saidgraph.query.GraphView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Graph", description = "The graph as Cytoscape.js elements, for the explorer page and other visualizers")
class GraphController {

    private final GraphQueries graph;
    private final Acts acts;

    GraphController(GraphQueries graph, Acts acts) {
        this.graph = graph;
        this.acts = acts;
    }

    @GetMapping("/api/graph")
    @Operation(summary = "A piece of the graph as Cytoscape.js elements",
            description = "`{\"elements\": {\"nodes\": [...], \"edges\": [...]}, \"truncated\": bool}`, ready for "
                    + "`cy.add(answer.elements)`; each element's `data` has `id`, `label`, `type` and every property. "
                    + "With `focus`: the nodes up to `depth` steps from it, its relationships paged from `skip` "
                    + "(`focus.remaining` says how many more) and at most 25 neighbours of each node further out. "
                    + "With a filter (`act`, `speaker`, `territory`, `article`) and no focus: the statements that "
                    + "match, with their speakers. With neither: the opening view, the most-quoted speakers with "
                    + "their latest statements. Never more than `limit` nodes. `outside` lists the relationships "
                    + "from these nodes to nodes not in this answer, to draw once both ends are drawn.")
    @ApiProblems
    GraphView graph(
            @Parameter(description = "Element id of the node to centre on: an entity or statement id, "
                    + "article:ID or stance:KEY", example = "gitanas-nauseda")
            @RequestParam(required = false) String focus,
            @Parameter(description = "Steps out from the focus, 1 to 3 (default 1)", example = "1")
            @RequestParam(required = false) Integer depth,
            @Parameter(description = "Most nodes in the answer, 1 to " + GraphQueries.MAX_LIMIT + " (default "
                    + GraphQueries.DEFAULT_LIMIT + ")", example = "300") @RequestParam(required = false) Integer limit,
            @Parameter(description = "How many of the focus's relationships to skip: the next page of a hub",
                    example = "0") @RequestParam(required = false) Long skip,
            @Parameter(description = "Only statements with this act", example = "denial")
            @RequestParam(required = false) String act,
            @Parameter(description = "Only statements of this speaker (entity id)", example = Params.MUSK)
            @RequestParam(required = false) String speaker,
            @Parameter(description = "Only statements that mention this territory (or other entity)",
                    example = Params.CRIMEA) @RequestParam(required = false) String territory,
            @Parameter(description = "Only statements of this article", example = Params.ARTICLE)
            @RequestParam(required = false) String article) {
        int depthValue = depth == null ? 1 : depth;
        if (depthValue < 1 || depthValue > 3) {
            throw new BadParameterException("depth", "must be 1, 2 or 3, but was " + depthValue);
        }
        int limitValue = limit == null ? GraphQueries.DEFAULT_LIMIT : limit;
        if (limitValue < 1 || limitValue > GraphQueries.MAX_LIMIT) {
            throw new BadParameterException("limit", "must be between 1 and " + GraphQueries.MAX_LIMIT
                    + ", but was " + limitValue);
        }
        long skipValue = skip == null ? 0 : skip;
        if (skipValue < 0) {
            throw new BadParameterException("skip", "must be 0 or more, but was " + skipValue);
        }
        String actValue = blankToNull(act);
        if (actValue != null && !acts.all().contains(actValue)) {
            throw new BadParameterException("act", "unknown act '" + actValue + "'; one of " + acts.all());
        }
        GraphQueries.Filter filter = new GraphQueries.Filter(actValue, blankToNull(speaker),
                blankToNull(territory), blankToNull(article));
        String focusValue = blankToNull(focus);
        if (focusValue != null) {
            return graph.neighbourhood(focusValue, depthValue, limitValue, skipValue);
        }
        return filter.isEmpty() ? graph.opening(limitValue) : graph.filtered(filter, limitValue);
    }

    @GetMapping("/api/graph/facets")
    @Operation(summary = "What the graph's filters can choose from",
            description = "The statement acts, the most-quoted speakers (with their number of statements), the "
                    + "territories by name and the newest articles; at most 200 of each.")
    @ApiProblems
    GraphFacets facets() {
        return graph.facets(MAX_FACETS).withActs(acts.all());
    }

    private static final int MAX_FACETS = 200;

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
