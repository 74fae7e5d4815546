package org.saidgraph.api;

import org.junit.jupiter.api.Test;
import org.saidgraph.extract.Extractor;
import org.saidgraph.extract.Gazetteer;
import org.saidgraph.extract.KnownEntities;
import org.saidgraph.extract.ListTagger;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ExtractControllerTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ExtractController(
            new Extractor(ListTagger.people("Anna Lysenko"), Gazetteer.shipped()), KnownEntities.none(), null))
            .build();

    @Test
    void returnsADraftDatasetForJson() throws Exception {
        mvc.perform(post("/api/extract").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"“Hold the line,” Anna Lysenko said.\", \"title\": \"Hold the line\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.origin").value("extracted"))
                .andExpect(jsonPath("$.article.id").value("hold-the-line"))
                .andExpect(jsonPath("$.statements[0].text").value("Hold the line,"));
    }

    @Test
    void acceptsPlainTextWithMetadataInTheQuery() throws Exception {
        mvc.perform(post("/api/extract").param("title", "Plain").contentType(MediaType.TEXT_PLAIN)
                        .content("“Hold the line,” Anna Lysenko said."))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.article.title").value("Plain"))
                .andExpect(jsonPath("$.statements[0].text").value("Hold the line,"));
    }

    @Test
    void returnsAValidDatasetEvenWhenNobodySpeaks() throws Exception {
        mvc.perform(post("/api/extract").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"The river rose overnight.\", \"title\": \"Flood\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statements").isArray())
                .andExpect(jsonPath("$.entities").isArray());
    }

    @Test
    void refusesAMissingTextAsAProblem() throws Exception {
        mvc.perform(post("/api/extract").contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void refusesAnEmptyBodySayingWhatToSend() throws Exception {
        for (MediaType type : new MediaType[]{MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON}) {
            mvc.perform(post("/api/extract").contentType(type).content(""))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                            "the request body is empty")))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(
                            org.hamcrest.Matchers.containsString("ExtractController"))));
        }
    }

    @Test
    void refusesMalformedJsonAsAProblem() throws Exception {
        mvc.perform(post("/api/extract").contentType(MediaType.APPLICATION_JSON).content("{\"text\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void refusesMetadataThatWouldNotValidate() throws Exception {
        mvc.perform(post("/api/extract").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Anna Lysenko said the line held.\", \"published\": \"last week\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems").isArray());
    }
}
