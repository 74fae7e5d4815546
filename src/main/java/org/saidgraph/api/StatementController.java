package org.saidgraph.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.saidgraph.query.Page;
import org.saidgraph.query.StatementFilter;
import org.saidgraph.query.StatementQueries;
import org.saidgraph.query.StatementView;
import org.saidgraph.query.StatementThread;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Statements", description = "Who said what, in context, with the source passage")
class StatementController {

    private final StatementQueries statements;

    StatementController(StatementQueries statements) {
        this.statements = statements;
    }

    @GetMapping("/api/statements")
    @Operation(summary = "Find statements",
            description = "Every filter given must match: e.g. `repliesTo=elon-musk` for the replies and denials "
                    + "Musk drew, `addressedTo=elon-musk&verbatim=true` for the words addressed to him. With `q` (Lucene syntax over the statement_text full-text "
                    + "index) best match first, otherwise newest first. Paged, with the total.")
    @SeedExample(Examples.STATEMENTS)
    @ApiProblems
    Page<StatementView> find(
            @Parameter(description = "Id of the speaker", example = Params.MUSK)
            @RequestParam(required = false) String speaker,
            @Parameter(description = "Id of an entity the statement mentions", example = Params.CRIMEA)
            @RequestParam(required = false) String mentions,
            @Parameter(description = "What the statement does: claim, denial, proposal, demand, poll, reply, …",
                    example = "denial") @RequestParam(required = false) String act,
            @Parameter(description = "true: quoted words only; false: paraphrase only", example = "true")
            @RequestParam(required = false) Boolean verbatim,
            @Parameter(description = "Id of the source article", example = Params.ARTICLE)
            @RequestParam(required = false) String article,
            @Parameter(description = "Id of an entity the statement is addressed to (\"Dear @elonmusk\")",
                    example = Params.MUSK) @RequestParam(required = false) String addressedTo,
            @Parameter(description = "Id of an entity: statements that reply to or deny something it said",
                    example = Params.MUSK) @RequestParam(required = false) String repliesTo,
            @Parameter(description = "Full-text query over the statement text (Lucene syntax)", example = "putin")
            @RequestParam(required = false) String q,
            @Parameter(description = Params.PAGE, example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = Params.SIZE, example = "20") @RequestParam(required = false) Integer size) {
        return statements.find(new StatementFilter(blankToNull(speaker), blankToNull(mentions), blankToNull(act),
                verbatim, blankToNull(article), blankToNull(addressedTo), blankToNull(repliesTo), q), Page.Request.of(page, size));
    }

    @GetMapping("/api/statements/{id}")
    @Operation(summary = "A statement in full context",
            description = "Speaker, relay chain, what it reports and what reports it, what it replies to or denies, "
                    + "the replies and denials it drew, whom it addresses, what it mentions, and its source passage.")
    @SeedExample(Examples.STATEMENT)
    @ApiProblems
    StatementView statement(@Parameter(example = Params.DENIAL) @PathVariable String id) {
        return statements.statement(id);
    }

    @GetMapping("/api/statements/{id}/thread")
    @Operation(summary = "The thread of replies and denials around a statement",
            description = "A tree from the statements that reply to nothing (roots) down through the replies and "
                    + "denials they drew; the statement asked about is marked `focus`.")
    @SeedExample(Examples.THREAD)
    @ApiProblems
    StatementThread thread(@Parameter(example = Params.DENIAL) @PathVariable String id) {
        return statements.thread(id);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
