package org.saidgraph.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.saidgraph.query.Page;
import org.saidgraph.query.UtteranceDetail;
import org.saidgraph.query.UtteranceQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Utterances", description = "The same words of one speaker as several articles report them")
class UtteranceController {

    private final UtteranceQueries utterances;

    UtteranceController(UtteranceQueries utterances) {
        this.utterances = utterances;
    }

    @GetMapping("/api/utterances/{id}")
    @Operation(summary = "An utterance and every article that reported it",
            description = "What was said (`text`: the fullest wording; `verbatim` is true when it is quoted words), "
                    + "by whom, the day it was said, the first and last days an article carried it, its number of "
                    + "occurrences and the outlets; then its occurrences (`reports`, paged), earliest first, each "
                    + "with how its words match the text (`exact`, `normalised`: equal but for case, quotation "
                    + "marks, dashes, spaces and closing punctuation; `contained`: a cut of the text; `paraphrase`: "
                    + "reported speech of the same act and mentions in similar words, with its `score`), its outlet "
                    + "and the statement with its source passage. Statement answers give the utterance id in "
                    + "`utterance.id`.")
    @SeedExample(Examples.UTTERANCE)
    @ApiProblems
    UtteranceDetail utterance(
            @Parameter(description = "Id of the utterance (from a statement's `utterance.id`)")
            @PathVariable String id,
            @Parameter(description = Params.PAGE, example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = Params.SIZE, example = "20") @RequestParam(required = false) Integer size) {
        return utterances.utterance(id, Page.Request.of(page, size));
    }
}
