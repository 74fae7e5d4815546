package org.saidgraph.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The statement acts the dataset schema allows ({@code $defs/act}), so the API accepts exactly those. */
@Component
public class Acts {

    private final List<String> all;

    public Acts() {
        try (InputStream in = Acts.class.getResourceAsStream("/schema/dataset.schema.json")) {
            JsonNode schema = new ObjectMapper().readTree(in);
            List<String> acts = new ArrayList<>();
            schema.path("$defs").path("act").path("enum").forEach(a -> acts.add(a.asText()));
            this.all = List.copyOf(acts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> all() {
        return all;
    }
}
