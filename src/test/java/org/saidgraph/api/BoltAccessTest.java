package org.saidgraph.api;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.saidgraph.graph.EmbeddedNeo4j;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An external program reaches the embedded database over Bolt with its own driver and the password, and asks the
 * same questions; without the password, or from a web page of another origin, it gets nowhere.
 */
class BoltAccessTest extends ApiTestSupport {

    @Autowired
    EmbeddedNeo4j embedded;

    @Test
    void aSeparateDriverAsksWhoRepliedToMusk() {
        try (Driver external = GraphDatabase.driver(embedded.boltUri(), embedded.authToken());
             Session session = external.session()) {
            List<String> repliers = session.run("""
                    MATCH (x)-[:SAID]->(:Statement)-[:RESPONDS_TO]->(:Statement)<-[:SAID]-(:Person {id: $id})
                    RETURN DISTINCT x.id AS id ORDER BY id""", Map.of("id", "elon-musk"))
                    .list(r -> r.get("id").asString());
            assertThat(repliers).contains("volodymyr-zelensky", "mykhaylo-podolyak", "andriy-melnyk",
                    "gitanas-nauseda");

            List<String> relay = session.run("""
                    MATCH (s:Statement {id: $id})-[r:REPORTED_BY]->(e)
                    RETURN e.id AS id ORDER BY r.hop""", Map.of("id", PUTIN_DEMANDS))
                    .list(r -> r.get("id").asString());
            assertThat(relay).containsExactly("elon-musk", "ian-bremmer");
        }
    }

    @Test
    void boltRefusesAHelloWithoutCredentials() {
        try (Driver anonymous = GraphDatabase.driver(embedded.boltUri(), AuthTokens.none())) {
            assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
        try (Driver wrong = GraphDatabase.driver(embedded.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
            assertThatThrownBy(wrong::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void aWebSocketUpgradeFromAnotherOriginIsRefusedAndOneWithoutOriginPasses() {
        String upgrade = "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + embedded.boltPort() + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\n";
        RawHttp.Reply evil = RawHttp.send(embedded.boltPort(), upgrade + "Origin: http://evil.example\r\n\r\n",
                10_000);
        assertThat(evil.status()).as(evil.text()).isEqualTo(403);
        RawHttp.Reply program = RawHttp.send(embedded.boltPort(), upgrade + "\r\n", 10_000);
        assertThat(program.status()).as(program.text()).isEqualTo(101);
    }

    @Test
    void thePasswordFileAndTheDataDirectoryAreTheOwnersAlone() throws IOException {
        Path file = DATA_DIR.resolve("bolt-password");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(DATA_DIR)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.readString(file).strip()).hasSizeGreaterThanOrEqualTo(32);
    }
}
