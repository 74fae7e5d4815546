package org.saidgraph.api;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exports, read back by the tools' own kind of reader: a standard XML parser for GraphML, a JSON-LD 1.1 processor
 * (Titanium) for JSON-LD, and Neo4j's own import tool (neo4j-admin database import, run in-process) for the CSV.
 */
class ExportApiTest extends ApiTestSupport {

    @Test
    void theCsvExportImportedByNeo4jAdminIntoAFreshDatabaseGivesBackTheSameGraph(@TempDir Path home)
            throws Exception {
        // neo4j-admin import reads an empty field as "no property", for arrays too: an empty list (an entity without
        // aliases) cannot be written in its CSV, so it is the one thing the import does not give back.
        List<String> before = snapshot(driver, true);
        byte[] zip = bytes("/api/export/csv", "application/zip");
        Path csv = Files.createDirectories(home.resolve("import"));
        unzip(zip, csv);
        assertThat(Files.readString(csv.resolve("import-command.txt"))).contains("--array-delimiter=U+001F");
        assertThat(Files.readString(csv.resolve("nodes.csv")).lines().findFirst().orElseThrow())
                .startsWith(":ID,:LABEL,").contains("aliases:string[]", "confidence:double", "verbatim:boolean", "statementCount:long");
        assertThat(Files.readString(csv.resolve("relationships.csv")).lines().findFirst().orElseThrow())
                .startsWith(":START_ID,:END_ID,:TYPE,").contains("start:long", "hop:long", "articleCount:long", "articleSample:string[]", "score:double");

        // The import command of the zip, run by Neo4j's own admin tool into an empty Neo4j home.
        Files.createDirectories(home.resolve("conf"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        int code = AdminTool.execute(new ExecutionContext(home, home.resolve("conf"), out, out,
                        new DefaultFileSystemAbstraction()),
                "database", "import", "full", "--nodes=" + csv.resolve("nodes.csv"),
                "--relationships=" + csv.resolve("relationships.csv"), "--array-delimiter=U+001F",
                "--multiline-fields=true", "--report-file=" + home.resolve("import.report"), "neo4j");
        assertThat(code).as(log.toString(StandardCharsets.UTF_8)).isZero();

        // The imported store, opened as an embedded database and reached over Bolt like the source.
        int boltPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            boltPort = socket.getLocalPort();
        }
        DatabaseManagementService imported = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
        try (Driver importedDriver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.none())) {
            assertThat(counts(importedDriver)).isEqualTo(counts(driver));
            List<String> after = snapshot(importedDriver, false);
            List<String> missing = new ArrayList<>(before);
            missing.removeAll(after);
            List<String> extra = new ArrayList<>(after);
            extra.removeAll(before);
            assertThat(extra).as("imported but not in the source; missing: %s", missing).isEmpty();
            assertThat(missing).isEmpty();
            assertThat(after).hasSameSizeAs(before);
        } finally {
            imported.shutdown();
        }
    }

    @Test
    void theGraphmlExportParsesAndHoldsEveryNodeAndEdgeWithTypedKeys() throws Exception {
        byte[] graphml = bytes("/api/export/graphml", "application/graphml+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(graphml));
        String ns = "http://graphml.graphdrawing.org/xmlns";
        Map<String, String> keyTypes = new HashMap<>();
        NodeList keys = doc.getElementsByTagNameNS(ns, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element key = (Element) keys.item(i);
            keyTypes.put(key.getAttribute("id"), key.getAttribute("for") + ":" + key.getAttribute("attr.type"));
        }
        assertThat(keyTypes).containsEntry("n_name", "node:string").containsEntry("n_confidence", "node:double")
                .containsEntry("n_verbatim", "node:boolean").containsEntry("n_aliases", "node:string")
                .containsEntry("e_start", "edge:long").containsEntry("e_position", "edge:string")
                .containsEntry("labels", "node:string").containsEntry("e_type", "edge:string");
        NodeList data = doc.getElementsByTagNameNS(ns, "data");
        for (int i = 0; i < data.getLength(); i++) {
            assertThat(keyTypes).containsKey(((Element) data.item(i)).getAttribute("key"));
        }
        Map<String, Long> counts = counts(driver);
        NodeList nodes = doc.getElementsByTagNameNS(ns, "node");
        NodeList edges = doc.getElementsByTagNameNS(ns, "edge");
        assertThat((long) nodes.getLength()).isEqualTo(counts.get("nodes"));
        assertThat((long) edges.getLength()).isEqualTo(counts.get("relationships"));
        Set<String> nodeIds = new HashSet<>();
        Map<String, Long> labelled = new TreeMap<>();
        Element musk = null;
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            nodeIds.add(node.getAttribute("id"));
            for (String label : node.getAttribute("labels").substring(1).split(":")) {
                labelled.merge("label " + label, 1L, Long::sum);
            }
            if (node.getAttribute("id").equals("elon-musk")) {
                musk = node;
            }
        }
        Map<String, Long> typed = new TreeMap<>();
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            assertThat(nodeIds).contains(edge.getAttribute("source"), edge.getAttribute("target"));
            typed.merge("type " + edge.getAttribute("label"), 1L, Long::sum);
        }
        counts.forEach((name, n) -> {
            if (name.startsWith("label ")) {
                assertThat(labelled.get(name)).as(name).isEqualTo(n);
            } else if (name.startsWith("type ")) {
                assertThat(typed.get(name)).as(name).isEqualTo(n);
            }
        });
        assertThat(musk).isNotNull();
        Map<String, String> muskData = new HashMap<>();
        NodeList muskValues = musk.getElementsByTagNameNS(ns, "data");
        for (int i = 0; i < muskValues.getLength(); i++) {
            Element d = (Element) muskValues.item(i);
            muskData.put(d.getAttribute("key"), d.getTextContent());
        }
        assertThat(muskData).containsEntry("n_name", "Elon Musk").containsEntry("labels", ":Entity:Person")
                .containsEntry("n_wikidata", "Q317521");
        assertThat(JSON.readTree(muskData.get("n_aliases")).isArray()).as("lists as JSON arrays").isTrue();
    }

    @Test
    void theCytoscapeExportHoldsTheWholeGraphAsElements() throws Exception {
        JsonNode export = JSON.readTree(bytes("/api/export/cytoscape", "application/json"));
        Map<String, Long> counts = counts(driver);
        assertThat((long) export.at("/elements/nodes").size()).isEqualTo(counts.get("nodes"));
        assertThat((long) export.at("/elements/edges").size()).isEqualTo(counts.get("relationships"));
        Set<String> ids = new HashSet<>();
        export.at("/elements/nodes").forEach(n -> assertThat(ids.add(n.at("/data/id").asText())).isTrue());
        export.at("/elements/edges").forEach(e -> assertThat(ids).contains(e.at("/data/source").asText(),
                e.at("/data/target").asText()));
        assertThat(ids).contains("elon-musk", "article:" + SEED, MUSK_DENIAL);
    }

    @Test
    void theJsonLdExportExpandsWithAJsonLdProcessorAndKeepsEveryStatement() throws Exception {
        byte[] jsonld = bytes("/api/export/jsonld", "application/ld+json");
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(jsonld))).get();
        String schema = "https://schema.org/";
        Map<String, String> statementTypes = new HashMap<>();
        Set<String> creators = new HashSet<>();
        Set<String> sameAs = new HashSet<>();
        for (JsonValue value : expanded) {
            JsonObject o = value.asJsonObject();
            String id = o.getString("@id", "");
            if (o.containsKey("@type")) {
                for (JsonValue type : o.getJsonArray("@type")) {
                    String t = ((jakarta.json.JsonString) type).getString();
                    if (t.equals(schema + "Quotation") || t.equals(schema + "Claim")) {
                        statementTypes.put(id, t.substring(schema.length()));
                    }
                }
            }
            if (o.containsKey(schema + "creator")) {
                creators.add(id);
            }
            if (o.containsKey(schema + "sameAs") && id.equals("urn:saidgraph:elon-musk")) {
                sameAs.add(o.getJsonArray(schema + "sameAs").getJsonObject(0).getString("@id"));
            }
        }
        Map<String, Boolean> statements = new HashMap<>();
        try (Session session = driver.session(SessionConfig.forDatabase("neo4j"))) {
            session.run("MATCH (s:Statement) RETURN s.id AS id, s.verbatim AS verbatim").forEachRemaining(r ->
                    statements.put("urn:saidgraph:" + r.get("id").asString(), r.get("verbatim").asBoolean()));
        }
        assertThat(statementTypes.keySet()).isEqualTo(statements.keySet());
        statements.forEach((id, verbatim) -> assertThat(statementTypes.get(id)).as(id)
                .isEqualTo(verbatim ? "Quotation" : "Claim"));
        assertThat(creators).containsAll(statements.keySet());
        assertThat(sameAs).containsExactly("http://www.wikidata.org/entity/Q317521");
        // The context inside the export is the one the application publishes.
        Answer context = get("/ns/saidgraph.jsonld");
        assertThat(context.contentType()).startsWith("application/ld+json");
        assertThat(JSON.readTree(jsonld).get("@context")).isEqualTo(JSON.readTree(context.text()).get("@context"));
    }

    @Test
    void oneArticlesSubgraphCanBeExportedAndBadRequestsAreNamed() throws Exception {
        JsonNode export = JSON.readTree(bytes("/api/export/cytoscape?article=" + SEED, "application/json"));
        List<String> types = new ArrayList<>();
        export.at("/elements/nodes").forEach(n -> types.add(n.at("/data/type").asText()));
        assertThat(types.stream().filter("statement"::equals).count()).isEqualTo(27);
        assertThat(types.stream().filter("article"::equals).count()).isEqualTo(1);
        Set<String> ids = new HashSet<>();
        export.at("/elements/nodes").forEach(n -> ids.add(n.at("/data/id").asText()));
        export.at("/elements/edges").forEach(e -> assertThat(ids).contains(e.at("/data/source").asText(),
                e.at("/data/target").asText()));
        assertThat(export.at("/elements/edges").size()).isGreaterThan(100);
        assertThat(get("/api/export/pdf").isProblem(400).json().path("parameter").asText()).isEqualTo("format");
        get("/api/export/graphml?article=no-such-article").isProblem(404);
    }

    private byte[] bytes(String path, String contentType) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(contentType);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        return response.body();
    }

    private static void unzip(byte[] zip, Path dir) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Files.write(dir.resolve(entry.getName()), in.readAllBytes());
            }
        }
    }

    /** Nodes and relationships in all, and per label and per relationship type. */
    private static Map<String, Long> counts(Driver driver) {
        Map<String, Long> counts = new TreeMap<>();
        try (Session session = driver.session(SessionConfig.forDatabase("neo4j"))) {
            counts.put("nodes", session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong());
            counts.put("relationships", session.run("MATCH ()-[r]->() RETURN count(r) AS n").single().get("n")
                    .asLong());
            session.run("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n").forEachRemaining(r ->
                    counts.put("label " + r.get("l").asString(), r.get("n").asLong()));
            session.run("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n").forEachRemaining(r ->
                    counts.put("type " + r.get("t").asString(), r.get("n").asLong()));
        }
        return counts;
    }

    /** Every node (labels and properties) and relationship (ends, type, properties) as sorted text. */
    private static List<String> snapshot(Driver driver, boolean withoutEmptyLists) {
        List<String> items = new ArrayList<>();
        try (Session session = driver.session(SessionConfig.forDatabase("neo4j"))) {
            session.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props").forEachRemaining(r ->
                    items.add("N " + new java.util.TreeSet<>(r.get("labels").asList(Object::toString)) + " "
                            + props(r.get("props").asMap(), withoutEmptyLists)));
            session.run("MATCH (a)-[r]->(b) RETURN labels(a) AS la, a.id AS a, type(r) AS type, labels(b) AS lb, "
                    + "b.id AS b, properties(r) AS props").forEachRemaining(r ->
                    items.add("R " + r.get("la").asList(Object::toString) + r.get("a").asString() + " -"
                            + r.get("type").asString() + props(r.get("props").asMap(), withoutEmptyLists) + "-> "
                            + r.get("lb").asList(Object::toString) + r.get("b").asString()));
        }
        items.sort(null);
        return items;
    }

    private static Map<String, Object> props(Map<String, Object> props, boolean withoutEmptyLists) {
        Map<String, Object> sorted = new TreeMap<>(props);
        if (withoutEmptyLists) {
            sorted.values().removeIf(v -> v instanceof List<?> list && list.isEmpty());
        }
        return sorted;
    }
}
