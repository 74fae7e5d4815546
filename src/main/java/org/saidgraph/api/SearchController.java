package org.saidgraph.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.saidgraph.query.Page;
import org.saidgraph.query.SearchQueries;
import org.saidgraph.query.SearchResults;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search", description = "Find people, organizations, territories and groups by name or alias, and the "
        + "passages of articles that use the words")
class SearchController {

    private final SearchQueries search;

    SearchController(SearchQueries search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    @Operation(summary = "Find entities by name or alias, and articles by their words",
            description = "Case- and diacritic-insensitive: `nauseda` finds Gitanas Nausėda, `zelenskyy` and "
                    + "`@elonmusk` find theirs. Each word matches whole (best), as a prefix, or with one typo. "
                    + "`items` are the entities, best match first, each with id, name, type and score; `articles` "
                    + "the articles whose title or text use the words (`billionaire`, `dictator`), each with the "
                    + "sentences where they occur and the offsets of the matching words (`highlights`, in the "
                    + "article text's UTF-16 offsets, like statement spans). Scores are relative to the best hit "
                    + "of their list: 1.0 for the best. Each list reads at most its 1,000 best hits: `total` counts at "
                    + "most 1,000 (1,000 means at least that many) and pages past them are empty.")
    @SeedExample(Examples.SEARCH)
    @ApiProblems
    SearchResults search(
            @Parameter(description = "Words: a name or alias, or part of one; or words of an article", example = "nauseda") @RequestParam String q,
            @Parameter(description = Params.PAGE, example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = Params.SIZE, example = "20") @RequestParam(required = false) Integer size) {
        return search.search(q, Page.Request.of(page, size));
    }
}
