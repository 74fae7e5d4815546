package org.saidgraph.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.saidgraph.query.EntityDetail;
import org.saidgraph.query.EntityQueries;
import org.saidgraph.query.Page;
import org.saidgraph.query.PositionGroup;
import org.saidgraph.query.StatementQueries;
import org.saidgraph.query.StatementView;
import org.saidgraph.query.TerritoryFilter;
import org.saidgraph.query.TerritoryStatement;
import org.saidgraph.query.Timeline;
import org.saidgraph.query.Timelines;
import org.saidgraph.query.UtteranceQueries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;


@RestController
@Tag(name = "Entities", description = "People, organizations, territories and groups, and what they said or what "
        + "was said about them")
class EntityController {

    private final EntityQueries entities;
    private final StatementQueries statements;
    private final UtteranceQueries utterances;
    private final Timelines timelines;

    EntityController(EntityQueries entities, StatementQueries statements, UtteranceQueries utterances,
                     Timelines timelines) {
        this.entities = entities;
        this.statements = statements;
        this.utterances = utterances;
        this.timelines = timelines;
    }

    @GetMapping("/api/people/{id}")
    @Operation(summary = "A person", description = "Aliases, roles (\"chief executive\" of SpaceX) and counts of "
            + "what the person said, relayed, and where they are mentioned or addressed.")
    @SeedExample(Examples.PERSON)
    @ApiProblems
    EntityDetail person(@Parameter(example = Params.MUSK) @PathVariable String id) {
        return entities.entity(EntityQueries.Kind.PERSON, id);
    }

    @GetMapping("/api/people/{id}/statements")
    @Operation(summary = "What a person said",
            description = "Newest first. Includes what reached us only through others: then `firstHand` is false "
                    + "and `relayChain` lists who passed the words on, nearest the speaker first (try "
                    + "`vladimir-putin`). Each statement has its mentions with positions, what it replies to or "
                    + "denies, its source: article, span, evidence and the sentence around it, and its `utterance`: "
                    + "the same words as other articles report them, with how many did, when and which outlets. "
                    + "`distinct=true` lists each utterance once: its earliest occurrence, newest utterance first.")
    @SeedExample(Examples.PUTIN_STATEMENTS)
    @ApiProblems
    Page<StatementView> personStatements(
            @Parameter(example = Params.MUSK) @PathVariable String id,
            @Parameter(description = "true: each utterance once (its earliest occurrence, with the count in "
                    + "`utterance.occurrences`)", example = "false")
            @RequestParam(required = false, defaultValue = "false") boolean distinct,
            @Parameter(description = Params.PAGE, example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = Params.SIZE, example = "20") @RequestParam(required = false) Integer size) {
        return distinct ? utterances.distinctSaidBy(EntityQueries.Kind.PERSON, id, Page.Request.of(page, size))
                : statements.saidBy(EntityQueries.Kind.PERSON, id, Page.Request.of(page, size));
    }

    @GetMapping("/api/people/{id}/timeline")
    @Operation(summary = "How what a person said moved in time",
            description = "The person's statements from `from` to `to` (by the day each was said: `date`), in "
                    + "buckets of a day or a week (from Monday), earliest first; only buckets with statements are "
                    + "listed. Each bucket counts statements and utterances (the same words in several articles "
                    + "count once) and statements by act, lists the positions taken on territories (by whom, in how "
                    + "many statements) and each utterance once. Without `from` or `to` the range starts or ends "
                    + "with the person's statements. A range of more than 400 buckets, a `from` after `to` or a "
                    + "`bucket` other than `day` or `week` is a 400 naming the parameter.")
    @SeedExample(Examples.PERSON_TIMELINE)
    @ApiProblems
    Timeline personTimeline(
            @Parameter(example = Params.MUSK) @PathVariable String id,
            @Parameter(description = Params.TIMELINE_FROM, example = "2022-10-01") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = Params.TIMELINE_TO, example = "2022-10-31") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = Params.BUCKET, example = "week") @RequestParam(required = false) String bucket) {
        return timelines.timeline(EntityQueries.Kind.PERSON, id, from, to, bucket, false);
    }

    @GetMapping("/api/organizations/{id}")
    @Operation(summary = "An organization", description = "Kind, aliases, the people holding roles in it, and counts.")
    @SeedExample(Examples.ORGANIZATION)
    @ApiProblems
    EntityDetail organization(@Parameter(example = "tesla") @PathVariable String id) {
        return entities.entity(EntityQueries.Kind.ORGANIZATION, id);
    }

    @GetMapping("/api/organizations/{id}/statements")
    @Operation(summary = "What an organization said", description = "Newest first, as for people.")
    @SeedExample(Examples.STATEMENTS)
    @ApiProblems
    Page<StatementView> organizationStatements(
            @Parameter(example = "vice") @PathVariable String id,
            @Parameter(description = Params.PAGE, example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = Params.SIZE, example = "20") @RequestParam(required = false) Integer size) {
        return statements.saidBy(EntityQueries.Kind.ORGANIZATION, id, Page.Request.of(page, size));
    }

    @GetMapping("/api/groups/{id}")
    @Operation(summary = "A group", description = "A collective speaker such as \"politicians across Europe\".")
    @ApiProblems
    EntityDetail group(@Parameter(example = "politicians-across-europe") @PathVariable String id) {
        return entities.entity(EntityQueries.Kind.GROUP, id);
    }

    @GetMapping("/api/groups/{id}/statements")
    @Operation(summary = "What a group said", description = "Newest first, as for people.")
    @SeedExample(Examples.STATEMENTS)
    @ApiProblems
    Page<StatementView> groupStatements(
            @Parameter(example = "politicians-across-europe") @PathVariable String id,
            @Parameter(description = Params.PAGE, example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = Params.SIZE, example = "20") @RequestParam(required = false) Integer size) {
        return statements.saidBy(EntityQueries.Kind.GROUP, id, Page.Request.of(page, size));
    }

    @GetMapping("/api/territories/{id}")
    @Operation(summary = "A territory", description = "Kind, aliases, what it is part of and what it includes, "
            + "annexation claims (by whom, when, whether recognised), and counts.")
    @SeedExample(Examples.TERRITORY)
    @ApiProblems
    EntityDetail territory(@Parameter(example = Params.CRIMEA) @PathVariable String id) {
        return entities.entity(EntityQueries.Kind.TERRITORY, id);
    }

    @GetMapping("/api/territories/{id}/statements")
    @Operation(summary = "Who said what about a territory",
            description = "Statements that mention it, newest first, each with the position it takes on it "
                    + "(`recognise-as-russian`, `return-to-ukraine`, …), whether it is first-hand or disputed, and "
                    + "its source passage. `includeParts=true` adds what was said about its parts (Donbas: Luhansk, "
                    + "Donetsk), `includeWholes=true` what was said about what it is part of (Luhansk: Donbas, "
                    + "Ukraine). A `position` no statement takes is a 400 naming the positions taken here.")
    @SeedExample(Examples.TERRITORY_STATEMENTS)
    @ApiProblems
    Page<TerritoryStatement> territoryStatements(
            @Parameter(example = Params.CRIMEA) @PathVariable String id,
            @Parameter(description = Params.INCLUDE_PARTS, example = "false")
            @RequestParam(required = false, defaultValue = "false") boolean includeParts,
            @Parameter(description = Params.INCLUDE_WHOLES, example = "false")
            @RequestParam(required = false, defaultValue = "false") boolean includeWholes,
            @Parameter(description = "Only statements taking this position on it", example = "remain-russian")
            @RequestParam(required = false) String position,
            @Parameter(description = Params.FIRST_HAND, example = "false")
            @RequestParam(required = false, defaultValue = "false") boolean firstHand,
            @Parameter(description = Params.PAGE, example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = Params.SIZE, example = "20") @RequestParam(required = false) Integer size) {
        return statements.aboutTerritory(id, new TerritoryFilter(includeParts, includeWholes,
                position == null || position.isBlank() ? null : position.strip(), firstHand),
                Page.Request.of(page, size));
    }

    @GetMapping("/api/territories/{id}/timeline")
    @Operation(summary = "How the positions on a territory moved in time",
            description = "The statements that mention the territory (with `includeParts=true`, also its parts) "
                    + "from `from` to `to`, in buckets of a day or a week (from Monday), earliest first; only buckets "
                    + "with statements are listed. Each bucket counts statements and utterances and statements by "
                    + "act, lists the positions taken on the territory (by whom, in how many statements) and each "
                    + "utterance once, so a change of stance shows from one bucket to the next. Without `from` or "
                    + "`to` the range starts or ends with the statements. A range of more than 400 buckets, a "
                    + "`from` after `to` or a `bucket` other than `day` or `week` is a 400 naming the parameter.")
    @SeedExample(Examples.TERRITORY_TIMELINE)
    @ApiProblems
    Timeline territoryTimeline(
            @Parameter(example = Params.CRIMEA) @PathVariable String id,
            @Parameter(description = Params.TIMELINE_FROM, example = "2022-10-01") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = Params.TIMELINE_TO, example = "2022-10-31") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = Params.BUCKET, example = "week") @RequestParam(required = false) String bucket,
            @Parameter(description = Params.INCLUDE_PARTS, example = "false")
            @RequestParam(required = false, defaultValue = "false") boolean includeParts) {
        return timelines.timeline(EntityQueries.Kind.TERRITORY, id, from, to, bucket, includeParts);
    }

    @GetMapping("/api/territories/{id}/positions")
    @Operation(summary = "The positions taken on a territory",
            description = "Grouped by position, most-stated first (the groups are paged), each with its speakers "
                    + "(the 20 with most statements, most first; `speakerCount` of all), the territories it was "
                    + "taken on, whether any of its statements is first-hand (`firstHand`, "
                    + "`firstHandCount`) or disputed (`disputed`, `disputedCount`, `disputedBy`: the denials), its "
                    + "first statements in text order (with sources; 10 unless `statements` asks for 0 to 50) and "
                    + "`statementCount`; page through all of a position's "
                    + "statements with `/api/territories/{id}/statements?position=`. On Crimea: Musk proposes "
                    + "`recognise-as-russian` and `decide-by-vote`, Putin demands `remain-russian` (not first-hand: "
                    + "relayed by Musk and Bremmer, and disputed by Musk's denials), Podolyak wants "
                    + "`return-to-ukraine`. `firstHand=true` counts only what nothing relays. A territory alone "
                    + "is answered from counts kept at load time, at a cost that does not grow with its statements; "
                    + "with `includeParts` or `includeWholes`, from those of each territory in scope, a statement "
                    + "that takes one position on two of them counting once: exact, and as fast.")
    @SeedExample(Examples.POSITIONS)
    @ApiProblems
    Page<PositionGroup> territoryPositions(
            @Parameter(example = Params.CRIMEA) @PathVariable String id,
            @Parameter(description = Params.INCLUDE_PARTS, example = "false")
            @RequestParam(required = false, defaultValue = "false") boolean includeParts,
            @Parameter(description = Params.INCLUDE_WHOLES, example = "false")
            @RequestParam(required = false, defaultValue = "false") boolean includeWholes,
            @Parameter(description = Params.FIRST_HAND, example = "false")
            @RequestParam(required = false, defaultValue = "false") boolean firstHand,
            @Parameter(description = Params.PAGE, example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = Params.SIZE, example = "20") @RequestParam(required = false) Integer size,
            @Parameter(description = "How many of each position's statements to list, first in text order: 0 to "
                    + StatementQueries.MAX_PER_POSITION + "; " + StatementQueries.PER_POSITION + " unless given",
                    example = "10") @RequestParam(required = false) Integer statements) {
        return this.statements.positions(id, new TerritoryFilter(includeParts, includeWholes, null, firstHand),
                Page.Request.of(page, size), statements == null ? StatementQueries.PER_POSITION : statements);
    }
}
