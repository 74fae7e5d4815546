package org.saidgraph.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.dataset.InvalidDatasetException;
import org.saidgraph.support.Seed;
import org.saidgraph.support.SmallArticle;
import org.saidgraph.support.TestGraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryLoaderTest {

    private static TestGraph neo4j;
    private static DatasetReader reader;
    private static DirectoryLoader directory;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Small batches, so that a handful of files takes several transactions. */
    private static final DirectoryLoader.Options OPTIONS = new DirectoryLoader.Options(3, 2);

    @TempDir
    Path dir;
    private final List<InvalidDatasetException> rejected = new ArrayList<>();

    @BeforeAll
    static void startNeo4j() {
        neo4j = TestGraph.start();
        reader = new DatasetReader();
        directory = new DirectoryLoader(reader,
                new DatasetLoader(new EmbeddedTransactions(neo4j.database()), reader.mapper()));
    }

    @AfterAll
    static void stopNeo4j() {
        neo4j.close();
    }

    @BeforeEach
    void emptyGraph() {
        neo4j.clear();
    }

    @Test
    void aRejectedFileIsReportedWithItsPointerAndTheOthersStillLoad() throws Exception {
        Files.copy(Seed.DATASET, dir.resolve("a-seed.json"));
        for (int i = 1; i <= 6; i++) {
            write("b-article-" + i + ".json", SmallArticle.json("article-" + i));
        }
        ObjectNode broken = SmallArticle.json("broken");
        broken.withArray("statements").get(0).withObject("span").put("end", 10_000);
        write("c-broken.json", broken);
        ObjectNode conflicting = SmallArticle.json("conflicting");
        SmallArticle.entity(conflicting, "kyiv").put("type", "person").remove("kind");
        write("d-conflicting.json", conflicting);

        LoadSummary summary = load();

        assertThat(summary.files()).isEqualTo(9);
        assertThat(summary.created()).isEqualTo(7);
        assertThat(summary.rejected()).isEqualTo(2);
        assertThat(summary.statements()).isEqualTo(reader.read(Seed.DATASET).statements().size() + 6);
        assertThat(rejected).extracting(e -> e.problems().get(0).toString()).containsExactly(
                dir.resolve("c-broken.json") + " at /statements/0/span/end: end 10000 is beyond the article text,"
                        + " which has 83 characters",
                dir.resolve("d-conflicting.json") + " at /entities/1/type: 'kyiv' is a Territory in the graph already,"
                        + " so it cannot be a Person");
        assertThat(neo4j.count("(:Article)")).isEqualTo(7);
        assertThat(neo4j.count("(:Article {id: 'conflicting'})")).isZero();
    }

    @Test
    void aSecondLoadReadsOnlyTheFilesChangedSinceAndRecordsWhereEachArticleCameFrom() throws Exception {
        for (int i = 1; i <= 4; i++) {
            write("article-" + i + ".json", SmallArticle.json("article-" + i));
        }
        assertThat(load().created()).isEqualTo(4);
        assertThat(neo4j.run("MATCH (a:Article {id: 'article-1'}) RETURN a.file AS f").get(0).get("f").asString())
                .isEqualTo(dir.resolve("article-1.json").toAbsolutePath().toString());
        // Touched but the same: read again, found unchanged, and recorded so that it is not read a third time.
        Files.setLastModifiedTime(dir.resolve("article-2.json"), FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
        // Edited: read again and updated.
        ObjectNode edited = SmallArticle.json("article-3");
        SmallArticle.entity(edited, "elon-musk").putArray("aliases").add("Musk");
        write("article-3.json", edited);

        LoadSummary second = load();

        assertThat(second.updated()).isEqualTo(1);
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(second.notReread()).isEqualTo(2);
        LoadSummary third = load();
        assertThat(third.unchanged()).isEqualTo(4);
        assertThat(third.notReread()).isEqualTo(4);
    }

    @Test
    void validatingReportsEveryInvalidFileAndNeedsNoDatabase() throws Exception {
        Files.copy(Seed.DATASET, dir.resolve("seed.json"));
        Files.writeString(dir.resolve("empty.json"), "{}");

        int[] checked = new DirectoryLoader(reader, null).validate(List.of(dir), OPTIONS, rejected::add);

        assertThat(checked).containsExactly(2, 1);
        assertThat(rejected).singleElement().satisfies(e -> assertThat(e.problems().get(0).file())
                .isEqualTo(dir.resolve("empty.json").toString()));
    }

    private LoadSummary load() {
        return directory.load(List.of(dir), OPTIONS, LoadProgress.silent(), rejected::add);
    }

    private void write(String name, ObjectNode dataset) throws Exception {
        Files.writeString(dir.resolve(name), MAPPER.writeValueAsString(dataset));
    }
}
