package org.saidgraph.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.saidgraph.query.Page;
import org.saidgraph.query.StatementFilter;
import org.saidgraph.query.StatementQueries;
import org.saidgraph.query.StatementView;
import org.saidgraph.query.StatementThread;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@Tag(name = "Statements", description = "Who said what, in context, with the source passage")
class StatementController {

    private final StatementQueries statements;

    StatementController(StatementQueries statements) {
        this.statements = statements;
    }

    @GetMapping("/api/statements")
    @Operation(summary = "Find statements",
            description = "Every filter given must match; a filter given several times (`act=denial&act=claim`, "
                    + "or `act=denial,claim`) matches any of its values. E.g. `repliesTo=elon-musk` for the replies "
                    + "and denials Musk drew, `addressedTo=elon-musk&verbatim=true` for the words addressed to him, "
                    + "`from=2022-10-01&to=2022-10-05` for what was said in those days (the statement's date, else "
                    + "its article's). Unknown ids, acts, dates and booleans other than `true`/`false` are a 400 "
                    + "that names the parameter and the values that exist. With `q` (Lucene syntax over the "
                    + "statement_words full-text index: each statement's words, evidence and passage, case and "
                    + "diacritics folded) best match first, otherwise newest first; with `q` only the index's "
                    + "1,000 best matches are read and the other filters keep those of them that match, so `total` "
                    + "counts at most 1,000 (1,000 means at least as many) and pages past them are empty. Paged, "
                    + "with the total.")
    @SeedExample(Examples.STATEMENTS)
    @ApiProblems
    Page<StatementView> find(
            @Parameter(description = "Id of the speaker; repeat for any of several", example = Params.MUSK)
            @RequestParam(required = false) List<String> speaker,
            @Parameter(description = "Id of an entity the statement mentions; repeat for any of several",
                    example = Params.CRIMEA) @RequestParam(required = false) List<String> mentions,
            @Parameter(description = "What the statement does, one of the schema's acts: statement, claim, denial, "
                    + "proposal, demand, question, poll, reply, condemnation, criticism, insult, analogy, warning, "
                    + "threat, promise, announcement, refusal, appeal, praise; repeat for any of several",
                    example = "denial") @RequestParam(required = false) List<String> act,
            @Parameter(description = "true: quoted words only; false: paraphrase only", example = "true")
            @RequestParam(required = false) Boolean verbatim,
            @Parameter(description = "Id of the source article; repeat for any of several", example = Params.ARTICLE)
            @RequestParam(required = false) List<String> article,
            @Parameter(description = "Id of an entity the statement is addressed to (\"Dear @elonmusk\"); repeat "
                    + "for any of several", example = Params.MUSK) @RequestParam(required = false) List<String> addressedTo,
            @Parameter(description = "Id of an entity: statements that reply to or deny something it said; repeat "
                    + "for any of several", example = Params.MUSK) @RequestParam(required = false) List<String> repliesTo,
            @Parameter(description = Params.FIRST_HAND_FILTER, example = "true")
            @RequestParam(required = false) Boolean firstHand,
            @Parameter(description = "Earliest date (YYYY-MM-DD), inclusive: of the statement, else of its article",
                    example = "2022-10-01") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate from,
            @Parameter(description = "Latest date (YYYY-MM-DD), inclusive: of the statement, else of its article",
                    example = "2022-10-31") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate to,
            @Parameter(description = "Full-text query (Lucene syntax) over the statement's words, its evidence and "
                    + "the sentence around it", example = "billionaire")
            @RequestParam(required = false) String q,
            @Parameter(description = Params.PAGE, example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = Params.SIZE, example = "20") @RequestParam(required = false) Integer size) {
        return statements.find(new StatementFilter(speaker, mentions, act, verbatim, article, addressedTo, repliesTo,
                firstHand, from, to, q), Page.Request.of(page, size));
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
}
