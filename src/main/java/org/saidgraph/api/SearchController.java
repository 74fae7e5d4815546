package org.saidgraph.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.saidgraph.query.EntityQueries;
import org.saidgraph.query.Page;
import org.saidgraph.query.SearchHit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search", description = "Find people, organizations, territories and groups by name or alias")
class SearchController {

    private final EntityQueries entities;

    SearchController(EntityQueries entities) {
        this.entities = entities;
    }

    @GetMapping("/api/search")
    @Operation(summary = "Find entities by name or alias",
            description = "Case- and diacritic-insensitive: `nauseda` finds Gitanas Nausėda, `zelenskyy` and "
                    + "`@elonmusk` find theirs. Each word matches whole (best), as a prefix, or with one typo. "
                    + "Best match first; each hit has id, name, type and score.")
    @SeedExample(Examples.SEARCH)
    @ApiProblems
    Page<SearchHit> search(
            @Parameter(description = "Name or alias, or part of one", example = "nauseda") @RequestParam String q,
            @Parameter(description = Params.PAGE, example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = Params.SIZE, example = "20") @RequestParam(required = false) Integer size) {
        return entities.search(q, Page.Request.of(page, size));
    }
}
