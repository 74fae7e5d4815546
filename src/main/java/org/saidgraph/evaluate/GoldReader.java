package org.saidgraph.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.EntityType;
import org.saidgraph.dataset.Statement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads gold in either form: a curated saidgraph dataset (recognised by {@code formatVersion}), or the plain
 * gold-annotation format of the development articles ({@code people}, {@code statements} with {@code kind}, …).
 * A curated non-verbatim statement is a paraphrase, so its evidence span is what an extraction is matched against.
 */
public final class GoldReader {

    private final ObjectMapper mapper = new ObjectMapper();

    public Gold read(Path file) {
        try {
            JsonNode tree = mapper.readTree(Files.readAllBytes(file));
            if (tree.has("formatVersion")) {
                return fromDataset(new DatasetReader().read(file.toString(), tree));
            }
            return fromAnnotation(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Gold fromDataset(Dataset d) {
        Map<String, Entity> byId = new HashMap<>();
        d.entities().forEach(e -> byId.put(e.id(), e));
        Map<String, Statement> statements = new HashMap<>();
        d.statements().forEach(s -> statements.put(s.id(), s));
        String text = d.article().text();
        List<GoldStatement> gold = new ArrayList<>();
        for (Statement s : d.statements()) {
            String evidence = text.substring(s.span().start(), s.span().end());
            List<String> mentions = s.mentions().stream().map(m -> byId.get(m.entity()))
                    .filter(e -> e != null && (e.type() == EntityType.PERSON || e.type() == EntityType.TERRITORY))
                    .map(Entity::name).toList();
            String respondsTo = s.respondsTo().stream().map(statements::get).filter(x -> x != null)
                    .map(x -> byId.get(x.speaker()).name()).findFirst().orElse(null);
            gold.add(new GoldStatement(byId.get(s.speaker()).name(), s.verbatim() ? GoldStatement.QUOTE
                    : GoldStatement.INDIRECT, s.verbatim() ? s.text() : evidence, List.of(), false, respondsTo,
                    mentions, s.verbatim() ? null : new GoldStatement.Evidence(s.span().start(), s.span().end())));
        }
        Map<String, List<String>> variants = new LinkedHashMap<>();
        d.entities().forEach(e -> variants.put(e.name(), e.aliases()));
        return new Gold(names(d, EntityType.PERSON), names(d, EntityType.ORGANIZATION), names(d, EntityType.TERRITORY),
                variants, gold);
    }

    private static List<String> names(Dataset d, EntityType type) {
        return d.entities().stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }

    public Gold fromAnnotation(JsonNode tree) {
        List<GoldStatement> statements = new ArrayList<>();
        for (JsonNode s : tree.path("statements")) {
            statements.add(new GoldStatement(s.path("speaker").asText(), s.path("kind").asText(),
                    s.path("text").asText(), strings(s.path("partial_quotes")), s.path("optional").asBoolean(false),
                    s.path("responds_to").isTextual() ? s.path("responds_to").asText() : null,
                    strings(s.path("mentions")), null));
        }
        Map<String, List<String>> variants = new LinkedHashMap<>();
        tree.path("name_variants").fields().forEachRemaining(e -> variants.put(e.getKey(), strings(e.getValue())));
        return new Gold(strings(tree.path("people")), strings(tree.path("organizations")),
                strings(tree.path("territories")), variants, statements);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
