package org.saidgraph.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.saidgraph.query.Page;
import org.saidgraph.query.PathPage;
import org.saidgraph.query.PathQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Paths", description = "How two entities are connected through what was said")
class PathController {

    private final PathQueries paths;

    PathController(PathQueries paths) {
        this.paths = paths;
    }

    @GetMapping("/api/paths")
    @Operation(summary = "Shortest connections between two entities",
            description = "All shortest paths (through statements, relays, replies, denials, mentions, roles and "
                    + "territorial links; not through articles), each step explained in words, e.g. \"Gitanas "
                    + "Nausėda said “…”, which replies to “…”, which was said by Elon Musk\", with the source "
                    + "passages of the statements on the way. The search goes a step at a time from the side with "
                    + "fewer relationships to read (the rarer end first, and around a hub on the way rather than "
                    + "through it) and reads a bounded part of the graph (at most 2,000 relationships of any one node per step, 1,000 of each type of "
                    + "an end, 10,000 in all; half that of each node between two hubs, ends with more than 4,000 "
                    + "relationships each) and at "
                    + "most 200 shortest paths; `truncated` says when a limit cut it (around a much-quoted person or a "
                    + "much-mentioned territory, and always between two hubs): `total` then counts the connections "
                    + "found, a lower bound, and other paths, even shorter ones, may exist.")
    @SeedExample(Examples.PATHS)
    @ApiProblems
    PathPage paths(
            @Parameter(description = "Id of one entity", example = "gitanas-nauseda") @RequestParam String from,
            @Parameter(description = "Id of the other entity", example = Params.MUSK) @RequestParam String to,
            @Parameter(description = "Longest path to consider, 1 to 10 (default 6)", example = "6")
            @RequestParam(required = false) Integer maxHops,
            @Parameter(description = Params.PAGE, example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = Params.SIZE, example = "20") @RequestParam(required = false) Integer size) {
        return paths.paths(from, to, maxHops, Page.Request.of(page, size));
    }
}
