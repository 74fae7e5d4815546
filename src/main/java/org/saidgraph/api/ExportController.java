package org.saidgraph.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.saidgraph.export.ExportFormat;
import org.saidgraph.export.Exporter;
import org.saidgraph.graph.Graph;
import org.saidgraph.query.BadParameterException;
import org.saidgraph.query.GraphExportSource;
import org.saidgraph.query.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

@RestController
@Tag(name = "Export", description = "The graph for Gephi, yEd, Cytoscape, neo4j-admin import and linked-data tools")
class ExportController {

    private final Graph graph;

    ExportController(Graph graph) {
        this.graph = graph;
    }

    @GetMapping("/api/export/{format}")
    @Operation(summary = "Export the graph, or one article's subgraph",
            description = "`graphml` (Gephi, yEd: typed keys, labels and relationship types kept, lists as JSON "
                    + "arrays), `cytoscape` (Cytoscape.js JSON, which Cytoscape desktop imports), `csv` (a zip of "
                    + "nodes.csv and relationships.csv for `neo4j-admin database import full`, with the command in "
                    + "import-command.txt), `jsonld` (schema.org types and saidgraph's own context, "
                    + "/ns/saidgraph.jsonld). Every node and relationship with every property, streamed from the "
                    + "database as it is written, so the size of the graph does not matter to the server's memory.")
    @ApiResponse(responseCode = "200", description = "The export, as a download",
            content = @Content(mediaType = "application/octet-stream"))
    @ApiResponse(responseCode = "400", description = "Unknown format",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    void export(@Parameter(description = "graphml, cytoscape, csv or jsonld", example = "graphml")
                @PathVariable String format,
                @Parameter(description = "Only this article's subgraph: the article, its statements and the "
                        + "entities they involve", example = Params.ARTICLE)
                @RequestParam(required = false) String article,
                HttpServletResponse response) throws IOException {
        ExportFormat chosen = ExportFormat.named(format).orElseThrow(() -> new BadParameterException("format",
                "unknown export format '" + format + "'; one of " + ExportFormat.names()));
        String articleId = article == null || article.isBlank() ? null : article.strip();
        if (articleId != null && !GraphExportSource.articleExists(graph, articleId)) {
            throw new NotFoundException("article", articleId);
        }
        String fileName = articleId == null ? chosen.fileName : articleId + "-" + chosen.fileName;
        response.setContentType(chosen.mediaType + (chosen.mediaType.contains("json") || chosen.name.equals("graphml")
                ? ";charset=UTF-8" : ""));
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName)
                .build().toString());
        Exporter.write(chosen, new GraphExportSource(graph, articleId), response.getOutputStream());
    }
}
