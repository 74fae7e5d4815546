package org.saidgraph.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.saidgraph.api.RequiresWriteToken;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.dataset.InvalidDatasetException;
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
class ExtractController {

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
    Dataset extract(@RequestBody ExtractRequest request) {
        return draft(request);
    }

    @PostMapping(path = "/extract", consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Dataset extractText(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type,
                        @RequestParam(required = false) String title,
                        @RequestParam(required = false) String publisher, @RequestParam(required = false) String url,
                        @RequestParam(required = false) String published) {
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
    IngestResponse ingest(@RequestBody ExtractRequest request) {
        draft(request); // refuses bad input before anything is written
        Ingester.Ingested done = ingester.ingest("request body", new ArticleInput(request.text(), request.title(),
                request.publisher(), request.url(), request.published(), null));
        return new IngestResponse(done.result(), done.dataset());
    }

    @RequiresWriteToken
    @PostMapping(path = "/ingest", consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    IngestResponse ingestText(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type,
                              @RequestParam(required = false) String title,
                              @RequestParam(required = false) String publisher,
                              @RequestParam(required = false) String url,
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
        return badRequest("the request body is not readable: " + e.getMostSpecificCause().getMessage(), null)
                .getBody();
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
