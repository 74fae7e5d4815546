package org.saidgraph.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.dataset.InvalidDatasetException;
import org.saidgraph.extract.ArticleInput;
import org.saidgraph.extract.Extractor;
import org.saidgraph.extract.KnownEntities;
import org.saidgraph.ingest.Ingester;
import org.saidgraph.load.LoadResult;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code POST /api/extract}: article text in, draft dataset out, nothing written. {@code POST /api/ingest} (write
 * token): extract, then load. The body is JSON ({@code {"text": …, "title": …}}) or plain text with the metadata as
 * query parameters. Bad input is a 400 problem, never a server error.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Extraction", description = "Drafting a dataset from an article's plain text, and loading the draft")
class ExtractController {

    private static final String BODY = "The article as JSON (`{\"text\": …, \"title\": …, \"publisher\": …, "
            + "\"url\": …, \"published\": \"YYYY-MM-DD\"}`), or its text as `text/plain` (UTF-8 unless a charset "
            + "is given) with the metadata as query parameters. At most 200,000 characters.";
    private static final String DRAFT = "Extraction finds every quotation and reported statement with its speaker, "
            + "relays, replies, denials, addressees, mentions and positions, and the entities the article names; "
            + "every item carries a confidence, and the dataset is marked `origin: extracted`.";

    /** Larger texts are refused: extraction time and memory grow with the text. */
    static final int MAX_CHARS = 200_000;

    record ExtractRequest(String text, String title, String publisher, String url, String published) {
    }

    record IngestResponse(LoadResult result, Dataset dataset) {
    }

    private final Extractor extractor;
    private final KnownEntities known;
    private final Ingester ingester;
    private final DatasetReader reader = new DatasetReader();
    private final ObjectMapper mapper = new ObjectMapper();

    ExtractController(Extractor extractor, KnownEntities known, Ingester ingester) {
        this.extractor = extractor;
        this.known = known;
        this.ingester = ingester;
    }

    @PostMapping(path = "/extract", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Draft a dataset from an article's text (writes nothing)",
            description = DRAFT + " The draft validates like any dataset: review it, then load it with "
                    + "`POST /api/articles`. " + BODY)
    @ApiResponse(responseCode = "200", description = "The draft dataset (data/schema/dataset.schema.json)")
    @ApiResponse(responseCode = "400", description = "No text, too long, unreadable JSON, or metadata that would not "
            + "validate (`problems` lists each)", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(implementation = ProblemDetail.class)))
    Dataset extract(@RequestBody ExtractRequest request) {
        return draft(request);
    }

    @PostMapping(path = "/extract", consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Draft a dataset from an article's text (writes nothing)",
            description = DRAFT + " " + BODY)
    Dataset extractText(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type,
                        @Parameter(description = "the article's title (its id is the title's slug)")
                        @RequestParam(required = false) String title,
                        @Parameter(description = "who published it") @RequestParam(required = false) String publisher,
                        @Parameter(description = "where it was published") @RequestParam(required = false) String url,
                        @Parameter(description = "when, as YYYY-MM-DD") @RequestParam(required = false)
                        String published) {
        return draft(new ExtractRequest(decode(body, type), title, publisher, url, published));
    }

    /** Text without a declared charset is read as UTF-8, not HTTP's old ISO-8859-1 default: news has curly quotes. */
    private static String decode(byte[] body, MediaType type) {
        java.nio.charset.Charset charset = type == null || type.getCharset() == null
                ? java.nio.charset.StandardCharsets.UTF_8 : type.getCharset();
        return new String(body, charset);
    }

    @RequiresWriteToken
    @PostMapping(path = "/ingest", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Extract an article's text, then load the draft",
            description = DRAFT + " The draft is extracted with what the graph already knows, then loaded as "
                    + "`POST /api/articles` loads a dataset; a curated article is never replaced by a draft. Needs "
                    + "`Authorization: Bearer <write token>`. " + BODY,
            security = @SecurityRequirement(name = "writeToken"))
    @ApiResponse(responseCode = "200", description = "What was loaded, and the dataset that was")
    @ApiResponse(responseCode = "400", description = "No text, too long, unreadable JSON, metadata that would not "
            + "validate, or the id of a curated article", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "No bearer token",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Wrong token, or writes disabled (no token configured)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    IngestResponse ingest(@RequestBody ExtractRequest request) {
        draft(request); // refuses bad input before anything is written
        Ingester.Ingested done = ingester.ingest("request body", new ArticleInput(request.text(), request.title(),
                request.publisher(), request.url(), request.published(), null));
        return new IngestResponse(done.result(), done.dataset());
    }

    @RequiresWriteToken
    @PostMapping(path = "/ingest", consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Extract an article's text, then load the draft",
            description = DRAFT + " Needs `Authorization: Bearer <write token>`. " + BODY,
            security = @SecurityRequirement(name = "writeToken"))
    IngestResponse ingestText(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type,
                              @Parameter(description = "the article's title (its id is the title's slug)")
                              @RequestParam(required = false) String title,
                              @Parameter(description = "who published it")
                              @RequestParam(required = false) String publisher,
                              @Parameter(description = "where it was published")
                              @RequestParam(required = false) String url,
                              @Parameter(description = "when, as YYYY-MM-DD")
                              @RequestParam(required = false) String published) {
        return ingest(new ExtractRequest(decode(body, type), title, publisher, url, published));
    }

    private Dataset draft(ExtractRequest request) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw badRequest("the article text is missing: send {\"text\": \"…\"} or a text/plain body", null);
        }
        if (request.text().length() > MAX_CHARS) {
            throw badRequest("the article has " + request.text().length() + " characters; at most " + MAX_CHARS
                    + " are accepted", null);
        }
        Dataset dataset = extractor.extract(new ArticleInput(request.text(), request.title(), request.publisher(),
                request.url(), request.published(), null), known);
        // The draft must be a dataset that validates and loads; metadata such as a malformed date is refused here.
        reader.read("request body", mapper.valueToTree(dataset));
        return dataset;
    }

    @ExceptionHandler(InvalidDatasetException.class)
    ProblemDetail invalid(InvalidDatasetException e) {
        return badRequest("the extracted dataset is not valid", e.problems().stream()
                .map(p -> p.pointer() + ": " + p.message()).toList()).getBody();
    }

    @ExceptionHandler(ErrorResponseException.class)
    ProblemDetail refused(ErrorResponseException e) {
        return e.getBody();
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        // An empty body: Spring's own message names this controller's Java method, which tells a caller nothing.
        String cause = e.getMostSpecificCause().getMessage();
        if (cause != null && cause.startsWith("Required request body is missing")) {
            return badRequest("the request body is empty: send the article's text as text/plain, or JSON with at "
                    + "least \"text\"", null).getBody();
        }
        return badRequest("the request body is not readable: " + cause, null).getBody();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegal(IllegalArgumentException e) {
        return badRequest(e.getMessage(), null).getBody();
    }

    private static ErrorResponseException badRequest(String detail, List<String> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Bad extraction request");
        if (problems != null) {
            problem.setProperty("problems", problems);
        }
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
