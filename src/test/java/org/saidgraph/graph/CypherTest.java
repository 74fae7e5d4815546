package org.saidgraph.graph;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queries sent to Neo4j are the files' Cypher without their comment lines (Neo4j pre-parses and hashes the whole
 * text on every run): every other line kept as it is, in order, and a {@code //} that is not first on its line kept.
 */
class CypherTest {

    @Test
    void aQueryIsItsFileWithoutTheCommentLines() throws IOException {
        String file;
        try (InputStream in = Cypher.class.getResourceAsStream("/cypher/query/statement-cards.cypher")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String sent = Cypher.query("query/statement-cards");

        assertThat(sent).doesNotContain("\n//").doesNotStartWith("//").startsWith("UNWIND");
        assertThat(sent.length()).isLessThan(file.length() * 3 / 4);
        assertThat(file.lines().filter(l -> !l.strip().startsWith("//")).toList())
                .containsExactlyElementsOf(sent.lines().toList());
    }

    @Test
    void onlyWholeCommentLinesGo() {
        assertThat(Cypher.withoutCommentLines("// why\nMATCH (a {url: 'https://x'}) // trailing\n  // indented\n"
                + "RETURN a\n")).isEqualTo("MATCH (a {url: 'https://x'}) // trailing\nRETURN a");
    }
}
