package org.saidgraph.api;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/api.md shows what loading docs/examples/my-article.json answers, and the OpenAPI description shows the same
 * answer as its example. Both are written by hand, so this loads that very file over HTTP and holds both to what the
 * server really says: a change to the loader that sets one more property must change the documentation with it.
 */
class DocumentedLoadExampleTest extends ApiTestSupport {

    private static final String TOKEN = "Bearer test-token";
    private static final Path EXAMPLE = Path.of("docs/examples/my-article.json");
    private static final String COMMAND = "-d @docs/examples/my-article.json";

    @AfterEach
    void removeTheExampleArticle() {
        delete("/api/articles/my-article", "Authorization", TOKEN);
    }

    @Test
    void theDocumentedAnswerToLoadingTheExampleIsTheServersAnswer() throws IOException {
        Answer loaded = post("/api/articles", Files.readString(EXAMPLE), "Authorization", TOKEN);
        assertThat(loaded.status()).as(loaded.text()).isEqualTo(201);

        assertThat(JSON.readTree(documentedAnswer())).as("the answer after the command in docs/api.md")
                .isEqualTo(loaded.json());
        assertThat(JSON.readTree(Examples.LOADED)).as("Examples.LOADED, the OpenAPI example")
                .isEqualTo(loaded.json());
    }

    /** The line after the command that posts the example file, in docs/api.md. */
    private static String documentedAnswer() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/api.md"));
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).contains(COMMAND)) {
                return lines.get(i + 1);
            }
        }
        throw new AssertionError("docs/api.md has no command posting the example (" + COMMAND + ")");
    }
}
