package org.saidgraph.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.load.DatasetLoader;
import org.saidgraph.load.LoadResult;
import org.saidgraph.query.ArticleDetail;
import org.saidgraph.query.ArticleQueries;
import org.saidgraph.query.ArticleSummary;
import org.saidgraph.query.NotFoundException;
import org.saidgraph.query.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@Tag(name = "Articles", description = "The articles the graph was built from; loading and removing them")
class ArticleController {

    private final ArticleQueries articles;
    private final DatasetReader reader;
    private final DatasetLoader loader;

    ArticleController(ArticleQueries articles, DatasetReader reader, DatasetLoader loader) {
        this.articles = articles;
        this.reader = reader;
        this.loader = loader;
    }

    @GetMapping("/api/articles")
    @Operation(summary = "Articles", description = "Newest first, with counts of statements, named entities and "
            + "speakers.")
    @SeedExample(Examples.ARTICLES)
    @ApiProblems
    Page<ArticleSummary> list(
            @Parameter(description = Params.PAGE, example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = Params.SIZE, example = "20") @RequestParam(required = false) Integer size) {
        return articles.articles(Page.Request.of(page, size));
    }

    @GetMapping("/api/articles/{id}")
    @Operation(summary = "An article", description = "Its text, the span [start, end) of each statement in text "
            + "order (UTF-16 offsets, as Java and JavaScript strings count), and the entities it names.")
    @SeedExample(Examples.ARTICLE)
    @ApiProblems
    ArticleDetail article(@Parameter(example = Params.ARTICLE) @PathVariable String id) {
        return articles.article(id);
    }

    @PostMapping(value = "/api/articles", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresWriteToken
    @Operation(summary = "Load an article from a dataset",
            description = "The body is a dataset document (data/schema/dataset.schema.json), validated completely and "
                    + "loaded exactly as the command-line loader does: one transaction, idempotent. 201 for a new "
                    + "article, 200 for a replaced or unchanged one. Needs `Authorization: Bearer <write token>`.",
            security = @SecurityRequirement(name = "writeToken"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "A dataset document, at most 16 MiB",
                    content = @Content(mediaType = "application/json", schema = @Schema(type = "object",
                            externalDocs = @io.swagger.v3.oas.annotations.ExternalDocumentation(
                                    description = "dataset schema", url = "/schema/dataset.schema.json")))))
    @ApiResponse(responseCode = "201", description = "Loaded a new article",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LoadResult.class),
                    examples = @ExampleObject(value = Examples.LOADED)))
    @ApiResponse(responseCode = "401", description = "No bearer token",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Wrong token, or writes disabled (no token configured)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "Body larger than 16 MiB",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The dataset is invalid; `problems` lists each with its JSON pointer",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<LoadResult> load(HttpServletRequest request) {
        byte[] body = Bodies.read(request, DatasetReader.MAX_BYTES, "the dataset");
        LoadResult result = loader.load("request body", reader.read("request body", body));
        HttpStatus status = result.status() == LoadResult.Status.CREATED ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).location(URI.create("/api/articles/" + result.articleId())).body(result);
    }

    @DeleteMapping("/api/articles/{id}")
    @RequiresWriteToken
    @Operation(summary = "Remove an article", description = "Removes the article and the statements it supports, "
            + "with the aliases and entity facts only it gave and the people, organizations and territories no other "
            + "article names; what another article also says stays. Needs `Authorization: Bearer <write token>`.",
            security = @SecurityRequirement(name = "writeToken"))
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> delete(@Parameter(example = "my-article") @PathVariable String id) {
        if (!loader.delete(id)) {
            throw new NotFoundException("article", id);
        }
        return ResponseEntity.noContent().build();
    }
}
