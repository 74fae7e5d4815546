package org.saidgraph.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.Statement;

import java.util.List;
import java.util.Optional;

/** Runs the extractor on a test text, checks the result validates, and answers questions about it. */
record Extraction(Dataset dataset) {

    static final Gazetteer GAZETTEER = Gazetteer.shipped();

    static Extraction of(String text, Analyzer tagger) {
        return of(text, tagger, KnownEntities.none());
    }

    static Extraction of(String text, Analyzer tagger, KnownEntities known) {
        Dataset d = new Extractor(tagger, GAZETTEER).extract(new ArticleInput(text, "Test article", null, null, null,
                null), known);
        new DatasetReader().read("test", new ObjectMapper().valueToTree(d));
        return new Extraction(d);
    }

    /** The extractor's result on {@code text} with what each rule, filter and cut decided. */
    static Extractor.Traced traced(String text, Analyzer tagger) {
        return new Extractor(tagger, GAZETTEER).extractTraced(
                new ArticleInput(text, "Test article", null, null, null, null), KnownEntities.none());
    }

    Optional<Statement> statement(String text) {
        return dataset.statements().stream().filter(s -> s.text().equals(text)).findFirst();
    }

    Statement the(String text) {
        return statement(text).orElseThrow(() -> new AssertionError("no statement \"" + text + "\" among "
                + dataset.statements().stream().map(Statement::text).toList()));
    }

    /** The first statement whose text holds {@code words}. */
    Statement containing(String words) {
        return dataset.statements().stream().filter(s -> s.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with \"" + words + "\" among "
                        + dataset.statements().stream().map(Statement::text).toList()));
    }

    String speakerName(String text) {
        return name(the(text).speaker());
    }

    String name(String id) {
        return dataset.entities().stream().filter(e -> e.id().equals(id)).map(Entity::name).findFirst().orElse(id);
    }

    List<String> names(List<String> ids) {
        return ids.stream().map(this::name).toList();
    }

    Statement byId(String id) {
        return dataset.statements().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
