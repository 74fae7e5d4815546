package org.saidgraph.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.extract.ArticleInput;
import org.saidgraph.extract.CuratedKnownEntities;
import org.saidgraph.extract.Extractor;
import org.saidgraph.extract.KnownEntities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the extractor on articles that have gold and scores each. Knowledge comes from curated datasets; by default
 * the curated dataset of the article being scored is held out, so that the figures measure the extractor on an
 * article it has not been told about.
 */
public final class Evaluator {

    /** An article text with its gold annotation. */
    public record Pair(Path text, Path gold) {
    }

    /** The extraction of one article and its score. */
    public record Result(Pair pair, Dataset extracted, Score score) {
    }

    private final Extractor extractor;
    private final List<Dataset> knowledge;
    private final boolean holdOut;
    private final GoldReader goldReader = new GoldReader();
    private final Scorer scorer = new Scorer();

    public Evaluator(Extractor extractor, List<Dataset> knowledge, boolean holdOut) {
        this.extractor = extractor;
        this.knowledge = knowledge;
        this.holdOut = holdOut;
    }

    /** Pairs from a gold file or directory and a text file or directory (the text may be omitted for curated gold). */
    public static List<Pair> pairs(Path gold, Path text) {
        List<Pair> pairs = new ArrayList<>();
        if (Files.isDirectory(text == null ? gold : text)) {
            Path textDir = text == null ? gold : text;
            Path goldDir = gold;
            try (Stream<Path> files = Files.list(textDir)) {
                for (Path t : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String stem = stem(t);
                    for (Path g : List.of(goldDir.resolve(stem + ".ann"), goldDir.resolve(stem + ".gold.json"), goldDir.resolve("gold")
                            .resolve(stem + ".gold.json"), goldDir.resolve(stem + ".json"))) {
                        if (Files.isRegularFile(g)) {
                            pairs.add(new Pair(t, g));
                            break;
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            pairs.add(new Pair(text, gold));
        }
        return pairs;
    }

    /** Whether a pair's gold is brat standoff ({@code .ann}), scored by spans rather than by text. */
    public static boolean isBrat(Pair pair) {
        return pair.gold() != null && pair.gold().toString().endsWith(".ann");
    }

    /** The extraction of one article against brat gold: its spans scored, or the exception it threw. */
    public record SpanResult(Pair pair, Extractor.Traced extracted, BratGold gold, SpanScorer.Result result,
                             RuntimeException failure) {
        public SpanScore score() {
            return failure != null ? SpanScore.failed(stem(pair.text())) : result.score();
        }
    }

    public SpanResult evaluateSpans(Pair pair) {
        return evaluateSpans(pair, null);
    }

    /** As {@link #evaluateSpans(Pair)}, scoring CoreNLP's quote attribution instead when it is given. */
    public SpanResult evaluateSpans(Pair pair, CoreNlpQuotes corenlp) {
        ArticleInput input = input(pair);
        BratGold gold = BratGold.read(pair.gold(), input.text());
        Extractor.Traced traced = null;
        List<SystemStatement> statements;
        try {
            if (corenlp != null) {
                statements = corenlp.statements(input.text());
            } else {
                KnownEntities known = CuratedKnownEntities.from(knowledge,
                        d -> !holdOut || !d.article().text().equals(input.text()));
                traced = extractor.extractTraced(input, known);
                statements = systemStatements(traced);
            }
        } catch (RuntimeException e) {
            return new SpanResult(pair, null, gold, null, e);
        }
        return new SpanResult(pair, traced, gold, new SpanScorer().score(stem(pair.text()), gold, statements), null);
    }

    static List<SystemStatement> systemStatements(Extractor.Traced traced) {
        java.util.Map<String, org.saidgraph.dataset.Entity> entities = new java.util.HashMap<>();
        traced.dataset().entities().forEach(e -> entities.put(e.id(), e));
        List<SystemStatement> out = new ArrayList<>();
        for (org.saidgraph.dataset.Statement s : traced.dataset().statements()) {
            org.saidgraph.dataset.Entity e = entities.get(s.speaker());
            out.add(SystemStatement.of(s, e == null ? s.speaker() : e.name(), e == null ? List.of() : e.aliases(),
                    traced.rules().get(s.id())));
        }
        return out;
    }

    public Result evaluate(Pair pair) {
        Gold gold = goldReader.read(pair.gold());
        ArticleInput input = input(pair);
        KnownEntities known = CuratedKnownEntities.from(knowledge,
                d -> !holdOut || !d.article().text().equals(input.text()));
        Dataset extracted = extractor.extract(input, known);
        new DatasetReader().read(pair.text() == null ? pair.gold().toString() : pair.text().toString(),
                new ObjectMapper().valueToTree(extracted));
        String name = pair.text() != null ? stem(pair.text()) : stem(pair.gold());
        return new Result(pair, extracted, scorer.score(name, gold, extracted));
    }

    /** The article text and the metadata beside it ({@code NAME.meta.json}), or the curated dataset's own text. */
    public static ArticleInput input(Pair pair) {
        try {
            if (pair.text() == null) {
                Dataset d = new DatasetReader().read(pair.gold());
                return new ArticleInput(d.article().text(), d.article().title(), d.article().publisher(),
                        d.article().url(), d.article().published(), pair.gold().getFileName().toString());
            }
            return readArticle(pair.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an article file and its optional {@code .meta.json} (title, publisher, url, published). */
    public static ArticleInput readArticle(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Path meta = file.resolveSibling(stem(file) + ".meta.json");
        String title = null;
        String publisher = null;
        String url = null;
        String published = null;
        if (Files.isRegularFile(meta)) {
            JsonNode m = new ObjectMapper().readTree(meta.toFile());
            title = text(m, "title");
            publisher = text(m, "publisher");
            url = text(m, "url");
            published = text(m, "published");
        }
        return new ArticleInput(text, title, publisher, url, published, file.getFileName().toString());
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }

    static String stem(Path p) {
        String name = p.getFileName().toString();
        for (String suffix : List.of(".gold.json", ".json", ".txt")) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
