package org.saidgraph.api;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.saidgraph.extract.Extractor;
import org.saidgraph.extract.Gazetteer;
import org.saidgraph.extract.KnownEntities;
import org.saidgraph.extract.ListTagger;
import org.saidgraph.ingest.GraphKnownEntities;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The server's extract and ingest endpoints against the embedded database; a list tagger stands in for CoreNLP. */
@SpringBootTest
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestApiTest {

    private static final String BODY = "{\"title\": \"Dawn convoy\", \"text\": "
            + "\"Anna Lysenko said the convoy would leave at dawn. “Nobody stays behind,” she said.\"}";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        registry.add("saidgraph.data-dir", () -> tempDir());
        registry.add("saidgraph.bolt.port", () -> "0");
        registry.add("saidgraph.load-at-start", () -> "false");
        registry.add("saidgraph.api.write-token", () -> "test-token");
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("saidgraph-ingest-test").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestConfiguration
    static class ListTaggerExtractor {
        @Bean
        @Primary
        Extractor listTaggerExtractor() {
            return new Extractor(ListTagger.people("Anna Lysenko"), Gazetteer.shipped());
        }
    }

    @Autowired
    private MockMvc mvc;

    @Autowired
    private GraphKnownEntities known;

    @Autowired
    private org.saidgraph.load.DatasetLoader loader;

    @Test
    @Order(1)
    void extractWritesNothing() throws Exception {
        mvc.perform(post("/api/extract").contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statements.length()").value(2));
        assertThat(known.all()).noneMatch(e -> e.id().equals("anna-lysenko"));
    }

    @Test
    @Order(2)
    void ingestNeedsTheWriteToken() throws Exception {
        mvc.perform(post("/api/ingest").contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isUnauthorized());
    }

    @Test
    @Order(3)
    void ingestLoadsTheDraftAndTeachesTheGraph() throws Exception {
        mvc.perform(post("/api/ingest").header("Authorization", "Bearer test-token")
                        .contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.articleId").value("dawn-convoy"))
                .andExpect(jsonPath("$.dataset.origin").value("extracted"));
        assertThat(known.all()).anyMatch(e -> e.id().equals("anna-lysenko") && e.name().equals("Anna Lysenko"));
    }

    @Test
    @Order(4)
    void ingestNeverReplacesACuratedArticle() throws Exception {
        loader.load("seed", new org.saidgraph.dataset.DatasetReader().read(
                java.nio.file.Path.of("data/articles/musk-ukraine-peace-plan.json")));
        String body = "{\"title\": \"Musk Ukraine peace plan\", \"text\": \"Anna Lysenko said the plan was dead.\"}";
        mvc.perform(post("/api/ingest").header("Authorization", "Bearer test-token")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.containsString("curated")));
    }

    @Test
    @Order(5)
    void aQuotationSplitByItsAttributionIsExtractedLoadedAndServedAsOneStatementInTwoQuotedParts() throws Exception {
        String body = "{\"title\": \"Night ferry\", \"text\": \"“The ferry will run all night,” Anna Lysenko said. "
                + "“Nobody will be left on the pier.”\\nThe harbour stayed open.\"}";
        mvc.perform(post("/api/ingest").header("Authorization", "Bearer test-token")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.articleId").value("night-ferry"));

        mvc.perform(get("/api/articles/night-ferry"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statements.length()").value(1))
                .andExpect(jsonPath("$.statements[0].verbatim").value(true))
                .andExpect(jsonPath("$.statements[0].parts[0].text").value("The ferry will run all night,"))
                .andExpect(jsonPath("$.statements[0].parts[1].text").value("Nobody will be left on the pier."));
        mvc.perform(get("/api/statements/night-ferry.s01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("The ferry will run all night, \u2026 Nobody will be left on the pier."))
                .andExpect(jsonPath("$.speaker.name").value("Anna Lysenko"))
                .andExpect(jsonPath("$.parts.length()").value(2))
                .andExpect(jsonPath("$.parts[1].text").value("Nobody will be left on the pier."));
    }
}
