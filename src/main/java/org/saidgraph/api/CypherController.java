package org.saidgraph.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.saidgraph.query.cypher.CypherRefusal;
import org.saidgraph.query.cypher.CypherResult;
import org.saidgraph.query.cypher.ReadOnlyCypher;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "Cypher", description = "Your own read-only Cypher over the graph")
class CypherController {

    private final ReadOnlyCypher cypher;
    private final long maxBody;
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    CypherController(ReadOnlyCypher cypher) {
        this.cypher = cypher;
        this.maxBody = cypher.limits().maxBody().toBytes();
    }

    /** The request as documented; the handler parses it itself to give precise 400s and 413s. */
    record CypherRequest(
            @Schema(description = "A Cypher query; read-only", example = "MATCH (p:Person)-[:SAID]->(s:Statement)"
                    + "-[:MENTIONS]->(:Territory {id: $territory}) RETURN p.name, s.text") String query,
            @Schema(description = "Parameters, as JSON values", example = "{\"territory\": \"crimea\"}")
            Map<String, Object> parameters) {
    }

    @PostMapping(value = "/api/cypher", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Run a read-only Cypher query",
            description = "Returns `{columns, rows, truncated}`; nodes are `{elementId, labels, properties}`, "
                    + "relationships `{elementId, type, startElementId, endElementId, properties}`. Read-only in the "
                    + "full sense: writes, LOAD CSV, file and URL access, USE, administration commands, procedures "
                    + "outside a small allowlist (db.labels, db.relationshipTypes, db.propertyKeys, "
                    + "db.schema.*, db.index.fulltext.queryNodes/queryRelationships) and non-built-in functions are "
                    + "refused with 403, and so is what could loop or grow without bound inside one row (reduce, list "
                    + "comprehensions, all/any/none/single, =~, replace, range outside UNWIND range(…) AS x, more "
                    + "than 8 `+`), since Neo4j stops a query only between rows. Each query is answered 422 at "
                    + "saidgraph.cypher.timeout (default 10 s) whatever it is doing; at most saidgraph.cypher.max-rows "
                    + "rows (default 10,000) and saidgraph.cypher.max-result-bytes bytes (default 8 MB) are returned, "
                    + "then `truncated` is true and `truncatedBy` says which limit. Neo4j's notifications (a misspelt "
                    + "label, a cartesian product) are in `notifications`.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json",
                            schema = @Schema(implementation = CypherRequest.class),
                            examples = {
                                    @ExampleObject(name = "Who said what about Crimea", value = """
                                            {"query": "MATCH (p)-[:SAID]->(s:Statement)-[m:MENTIONS]->(:Territory {id: $territory}) RETURN p.name AS speaker, m.position AS position, s.text AS text", "parameters": {"territory": "crimea"}}"""),
                                    @ExampleObject(name = "Replies to Musk", value = """
                                            {"query": "MATCH (x)-[:SAID]->(r)-[:RESPONDS_TO]->(:Statement)<-[:SAID]-(:Person {id: 'elon-musk'}) RETURN DISTINCT x.name"}""")})))
    @ApiResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CypherResult.class),
                    examples = @ExampleObject(value = Examples.CYPHER)))
    @ApiResponse(responseCode = "400", description = "Malformed body, missing query, or a Cypher syntax error",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Refused: the query is not read-only in the full sense",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = """
                            {"type":"about:blank","title":"Query refused","status":403,"detail":"this endpoint is read-only: LOAD CSV is refused: it reads files and URLs","instance":"/api/cypher","reason":"NOT_READ_ONLY"}""")))
    @ApiResponse(responseCode = "413", description = "Body larger than saidgraph.cypher.max-body (64 KiB)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Stopped: timed out, out of memory, or a first row larger than "
            + "saidgraph.cypher.max-result-bytes",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "saidgraph.cypher.max-concurrent queries are running; see "
            + "Retry-After",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "The database is unreachable; see Retry-After",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    CypherResult run(HttpServletRequest request) {
        byte[] body = Bodies.read(request, maxBody, "the request body");
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw malformed("the body is not valid JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw malformed(e.getMessage());
        }
        if (tree == null || tree.isMissingNode() || !tree.isObject()) {
            throw malformed("the body must be a JSON object: {\"query\": \"...\", \"parameters\": {...}}");
        }
        Iterator<String> fields = tree.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            if (!field.equals("query") && !field.equals("parameters")) {
                throw malformed(field
                        + ": unknown field; the body has only query and parameters");
            }
        }
        JsonNode query = tree.get("query");
        if (query == null || query.isNull()) {
            throw new CypherRefusal(CypherRefusal.Reason.MISSING_QUERY, "query: is required, a Cypher query as a "
                    + "string");
        }
        if (!query.isTextual()) {
            throw malformed("query: must be a string");
        }
        JsonNode params = tree.get("parameters");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (params != null && !params.isNull()) {
            if (!params.isObject()) {
                throw malformed("parameters: must be a JSON object");
            }
            params.fields().forEachRemaining(e -> parameters.put(e.getKey(), value(e.getValue(), e.getKey())));
        }
        return cypher.run(query.asText(), parameters);
    }

    private static CypherRefusal malformed(String detail) {
        return new CypherRefusal(CypherRefusal.Reason.MALFORMED_REQUEST, detail);
    }

    /** A JSON value as a driver parameter value: null, boolean, integer (64-bit), float, string, list or map. */
    private static Object value(JsonNode node, String name) {
        if (node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            BigInteger big = node.bigIntegerValue();
            if (big.bitLength() > 63) {
                throw malformed("parameters." + name
                        + ": integer out of the 64-bit range");
            }
            return big.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(value(item, name)));
            return list;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> map.put(e.getKey(), value(e.getValue(), name + "." + e.getKey())));
            return map;
        }
        throw malformed("parameters." + name
                + ": not a JSON value");
    }
}
