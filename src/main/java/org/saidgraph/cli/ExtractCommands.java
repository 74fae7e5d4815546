package org.saidgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.dataset.InvalidDatasetException;
import org.saidgraph.evaluate.Evaluator;
import org.saidgraph.evaluate.EndStatistics;
import org.saidgraph.evaluate.FilterTraining;
import org.saidgraph.evaluate.Report;
import org.saidgraph.evaluate.Score;
import org.saidgraph.extract.ArticleInput;
import org.saidgraph.extract.CoreNlpAnalyzer;
import org.saidgraph.extract.CuratedKnownEntities;
import org.saidgraph.extract.Extractor;
import org.saidgraph.extract.Gazetteer;
import org.saidgraph.extract.CandidateFilter;
import org.saidgraph.ingest.Ingester;
import org.saidgraph.extract.KnownEntities;
import org.saidgraph.load.LoadResult;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code extract}, {@code evaluate}, {@code ingest} and {@code benchmark-extract}. The first two and the benchmark
 * run without Spring or a database: their knowledge of existing entities comes from the curated datasets under
 * {@code data/articles} (or {@code --knowledge DIR}).
 */
final class ExtractCommands {

    private final PrintStream out;
    private final PrintStream err;

    ExtractCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** CoreNLP logs each model it loads at INFO on standard output, where the dataset or --json report goes. */
    private static void quietModels() {
        if (org.slf4j.LoggerFactory.getLogger("edu.stanford.nlp") instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /**
     * Options by their long name ({@code --title} to its value), flags that are set ({@code --json}), positional
     * arguments and Spring properties.
     */
    record Args(Map<String, String> options, Set<String> flags, List<String> positional, List<String> spring) {

        static final Args NONE = new Args(Map.of(), Set.of(), List.of(), List.of());

        /** What picocli parsed into a command's annotated fields (the options are declared there, once). */
        static Args from(CommandSpec spec, List<String> spring) {
            Map<String, String> options = new HashMap<>();
            Set<String> flags = new HashSet<>();
            for (OptionSpec option : spec.options()) {
                Object value = option.getValue();
                if (option.usageHelp() || option.versionHelp() || value == null) {
                    continue;
                }
                if (value instanceof Boolean set) {
                    if (set) {
                        flags.add(option.longestName());
                    }
                } else {
                    options.put(option.longestName(), value.toString());
                }
            }
            List<String> positional = new ArrayList<>();
            for (PositionalParamSpec parameter : spec.positionalParameters()) {
                if (parameter.getValue() instanceof Collection<?> values) {
                    values.forEach(v -> positional.add(v.toString()));
                } else if (parameter.getValue() != null) {
                    positional.add(parameter.getValue().toString());
                }
            }
            return new Args(options, flags, positional, spring);
        }
    }

    int extract(Args args) {
        if (args.positional().size() != 1) {
            return -1;
        }
        quietModels();
        if (Files.isDirectory(Path.of(args.positional().get(0)))) {
            return extractDirectory(Path.of(args.positional().get(0)), args);
        }
        try {
            ArticleInput input = input(Path.of(args.positional().get(0)), args);
            Extractor extractor = new Extractor(new CoreNlpAnalyzer(), Gazetteer.shipped());
            KnownEntities known = CuratedKnownEntities.from(CuratedKnownEntities.read(knowledgeDir(args)), d -> true);
            Dataset dataset = extractor.extract(input, known);
            String json = validated(dataset, args.positional().get(0));
            if (args.options().containsKey("--out")) {
                Files.writeString(Path.of(args.options().get("--out")), json, StandardCharsets.UTF_8);
                out.println(args.options().get("--out") + ": " + dataset.entities().size() + " entities, "
                        + dataset.statements().size() + " statements (origin extracted)");
            } else {
                out.println(json);
            }
            return 0;
        } catch (InvalidDatasetException e) {
            e.problems().forEach(err::println);
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("extract failed: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Every {@code NAME.txt} of a directory into {@code --out DIR/NAME.json}, on all processors at once with one
     * extractor (the models load once). One article that fails does not stop the others; the exit code says whether
     * any did.
     */
    private int extractDirectory(Path dir, Args args) {
        String outDir = args.options().get("--out");
        if (outDir == null) {
            err.println("extract of a directory needs --out DIR for the datasets");
            return -1;
        }
        try {
            Files.createDirectories(Path.of(outDir));
            List<Path> texts;
            try (var files = Files.list(dir)) {
                texts = files.filter(f -> f.toString().endsWith(".txt") && Files.isRegularFile(f)).sorted().toList();
            }
            if (texts.isEmpty()) {
                err.println(dir + ": no .txt articles");
                return 1;
            }
            Extractor extractor = new Extractor(new CoreNlpAnalyzer(), Gazetteer.shipped());
            KnownEntities known = CuratedKnownEntities.from(CuratedKnownEntities.read(knowledgeDir(args)), d -> true);
            int threads = Integer.parseInt(args.options().getOrDefault("--threads",
                    Integer.toString(Runtime.getRuntime().availableProcessors())));
            long t0 = System.nanoTime();
            List<String> failures = org.saidgraph.evaluate.Parallel.map(texts, threads, text -> {
                String name = text.getFileName().toString();
                Path target = Path.of(outDir, name.substring(0, name.length() - 4) + ".json");
                try {
                    Dataset dataset = extractor.extract(input(text, Args.NONE), known);
                    Files.writeString(target, validated(dataset, text.toString()), StandardCharsets.UTF_8);
                    out.println(target + ": " + dataset.entities().size() + " entities, " + dataset.statements().size()
                            + " statements");
                    return null;
                } catch (InvalidDatasetException e) {
                    return text + ": " + String.join("; ", e.problems().stream().map(Object::toString).toList());
                } catch (IOException | RuntimeException e) {
                    return text + ": extract failed: " + e;
                }
            });
            List<String> failed = failures.stream().filter(java.util.Objects::nonNull).toList();
            failed.forEach(err::println);
            double seconds = (System.nanoTime() - t0) / 1e9;
            out.printf(java.util.Locale.ROOT, "%d extracted, %d failed, in %.1f s on %d thread(s)%n",
                    texts.size() - failed.size(), failed.size(), seconds, threads);
            return failed.isEmpty() ? 0 : 1;
        } catch (IOException e) {
            err.println("extract failed: " + e.getMessage());
            return 1;
        }
    }

    int evaluate(Args args) {
        String gold = args.options().get("--gold");
        if (gold == null) {
            return -1;
        }
        String text = args.options().get("--text");
        quietModels();
        try {
            List<Evaluator.Pair> pairs = Evaluator.pairs(Path.of(gold), text == null ? null : Path.of(text));
            if (pairs.isEmpty()) {
                err.println("no article/gold pairs found under " + gold);
                return 1;
            }
            CandidateFilter filter = CandidateFilter.keepAll();
            if (args.options().containsKey("--filter")) {
                try (var in = Files.newInputStream(Path.of(args.options().get("--filter")))) {
                    filter = CandidateFilter.read(in);
                }
            }
            Extractor extractor = new Extractor(new CoreNlpAnalyzer(), Gazetteer.shipped(), filter);
            if (args.flags().contains("--learned-bounds")) {
                extractor = extractor.withLearnedEnds();
            }
            Evaluator evaluator = new Evaluator(extractor, CuratedKnownEntities.read(knowledgeDir(args)),
                    !args.flags().contains("--with-own-gold"));
            if (pairs.stream().allMatch(Evaluator::isBrat)) {
                return evaluateSpans(evaluator, pairs, args);
            }
            List<Score> scores = new ArrayList<>();
            for (Evaluator.Pair pair : pairs) {
                Evaluator.Result result = evaluator.evaluate(pair);
                scores.add(result.score());
                if (args.flags().contains("--verbose")) {
                    out.println(result.score().article());
                    Report.details(new org.saidgraph.evaluate.GoldReader().read(pair.gold()), result.extracted(), out);
                }
            }
            if (args.flags().contains("--json")) {
                out.println(Report.json(scores));
            } else {
                Report.table(scores, out);
            }
            return 0;
        } catch (InvalidDatasetException e) {
            e.problems().forEach(err::println);
            return 1;
        } catch (IOException e) {
            err.println("evaluate failed: cannot read " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("evaluate failed: " + e);
            return 1;
        }
    }

    /** Brat gold (PolNeAR/PARC {@code .ann}): every article on all cores, figures per article, overall and per rule. */
    private int evaluateSpans(Evaluator evaluator, List<Evaluator.Pair> pairs, Args args) {
        int threads = Integer.parseInt(args.options().getOrDefault("--threads",
                Integer.toString(Runtime.getRuntime().availableProcessors())));
        String system = args.options().getOrDefault("--system", "saidgraph");
        if (!system.equals("saidgraph") && !system.equals("corenlp")) {
            err.println("--system must be saidgraph or corenlp, not " + system);
            return -1;
        }
        org.saidgraph.evaluate.CoreNlpQuotes corenlp = system.equals("corenlp")
                ? new org.saidgraph.evaluate.CoreNlpQuotes() : null;
        // One line on standard error as each article is done: the figures are printed only when every article is,
        // so a run that is stopped (or killed for memory, as a CoreNLP run without -Xmx once was) shows how far it got.
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        List<Evaluator.SpanResult> results = org.saidgraph.evaluate.Parallel.map(pairs, threads, p -> {
            Evaluator.SpanResult r = evaluator.evaluateSpans(p, corenlp);
            err.println("evaluated " + done.incrementAndGet() + "/" + pairs.size() + ": " + p.text().getFileName());
            return r;
        });
        List<org.saidgraph.evaluate.SpanScore> scores = results.stream().map(Evaluator.SpanResult::score).toList();
        for (Evaluator.SpanResult r : results) {
            if (r.failure() != null) {
                err.println(r.pair().text() + ": extraction failed: " + r.failure());
            } else if (args.flags().contains("--verbose")) {
                out.println(r.score().article());
                org.saidgraph.evaluate.SpanReport.details(r.gold().text(), r.result().lines(), out);
            }
        }
        org.saidgraph.evaluate.SpanReport.table(scores, out);
        if (args.flags().contains("--verbose")) {
            org.saidgraph.evaluate.SpanReport.rules(org.saidgraph.evaluate.SpanReport.overall(scores), out);
            org.saidgraph.evaluate.SpanReport.filters(results, out);
            org.saidgraph.evaluate.SpanReport.falseStatements(results, out);
            org.saidgraph.evaluate.SpanReport.cuts(results, out);
        }
        return 0;
    }

    /**
     * {@code train-filter}: extracts brat gold with the statement filter off (or reads candidates written earlier),
     * fits the filter, prints the threshold curve and writes the weights.
     */
    int trainFilter(Args args) {
        String gold = args.options().get("--gold");
        String from = args.options().get("--from-candidates");
        if (gold == null && from == null) {
            err.println("train-filter needs --gold DIR (or --from-candidates FILE)");
            return -1;
        }
        quietModels();
        long t0 = System.nanoTime();
        try {
            FilterTraining.Corpus corpus;
            if (from != null) {
                corpus = FilterTraining.readCandidates(Path.of(from));
            } else {
                List<Evaluator.Pair> pairs = Evaluator.pairs(Path.of(gold), null).stream()
                        .filter(Evaluator::isBrat).toList();
                if (pairs.isEmpty()) {
                    err.println("no NAME.txt with NAME.ann under " + gold);
                    return 1;
                }
                int threads = Integer.parseInt(args.options().getOrDefault("--threads",
                        Integer.toString(Runtime.getRuntime().availableProcessors())));
                corpus = FilterTraining.collect(pairs, new Extractor(new CoreNlpAnalyzer(), Gazetteer.shipped(),
                        CandidateFilter.keepAll()), CuratedKnownEntities.read(knowledgeDir(args)), threads);
                if (args.options().containsKey("--candidates")) {
                    FilterTraining.writeCandidates(corpus, Path.of(args.options().get("--candidates")));
                }
            }
            double extracted = (System.nanoTime() - t0) / 1e9;
            int folds = Integer.parseInt(args.options().getOrDefault("--folds", "5"));
            double l2 = Double.parseDouble(args.options().getOrDefault("--l2", "0.001"));
            FilterTraining.Model model = FilterTraining.train(corpus, folds, l2);
            double seconds = (System.nanoTime() - t0) / 1e9;
            List<String> lines = new ArrayList<>();
            lines.add(String.format(java.util.Locale.ROOT, "%d articles (%d failed), %d candidate statements, %d in-scope "
                    + "gold attributions; out-of-fold figures over %d article folds, L2 %s:", corpus.articles(),
                    corpus.failed(), corpus.candidates().size(), corpus.inScopeGold(), folds, l2));
            lines.addAll(FilterTraining.report(model));
            lines.forEach(out::println);
            out.printf(java.util.Locale.ROOT, "extraction %.0f s, training %.0f s%n", extracted, seconds - extracted);
            Path target = Path.of(args.options().getOrDefault("--out", "src/main/resources/extract/candidate-filter.tsv"));
            List<String> comments = new ArrayList<>();
            comments.add("The candidate filter's weights: logistic regression over the features of a candidate statement");
            comments.add("(org.saidgraph.extract.StatementFeatures). Computed by `saidgraph train-filter` (docs/extraction.md);");
            comments.add("regenerate it with that command rather than editing it. Training figures:");
            lines.forEach(comments::add);
            try (var w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                model.filter().write(w, comments);
            }
            out.println("weights written to " + target);
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("train-filter failed: " + e);
            return 1;
        }
    }

    /**
     * {@code learn-bounds}: extracts brat gold with no span cut and counts, per key of the phrases that close
     * reported statements, what the gold content does with them ({@link EndStatistics}).
     */
    int learnBounds(Args args) {
        String gold = args.options().get("--gold");
        String from = args.options().get("--from-counts");
        if (gold == null && from == null) {
            err.println("learn-bounds needs --gold DIR (or --from-counts FILE)");
            return -1;
        }
        if (gold != null && !Files.isDirectory(Path.of(gold))) {
            err.println("--gold " + gold + ": not a directory");
            return 2;
        }
        int min = Integer.parseInt(args.options().getOrDefault("--min", "8"));
        double share = Double.parseDouble(args.options().getOrDefault("--share", "0.6"));
        double margin = Double.parseDouble(args.options().getOrDefault("--margin", "2"));
        if (min < 1 || !(share > 0 && share <= 1) || !(margin >= 0)) {
            err.println("--min must be at least 1, --share in (0, 1] and --margin at least 0");
            return 2;
        }
        try {
            EndStatistics.Result r;
            String source = gold;
            if (from != null) {
                r = EndStatistics.read(Path.of(from));
                source = EndStatistics.source(Path.of(from));
            } else {
                List<Evaluator.Pair> pairs = Evaluator.pairs(Path.of(gold), null).stream().filter(Evaluator::isBrat)
                        .toList();
                if (pairs.isEmpty()) {
                    err.println("--gold " + gold + ": no NAME.txt with NAME.ann");
                    return 1;
                }
                quietModels();
                int threads = Integer.parseInt(args.options().getOrDefault("--threads",
                        Integer.toString(Runtime.getRuntime().availableProcessors())));
                r = EndStatistics.collect(pairs, new Extractor(new CoreNlpAnalyzer(), Gazetteer.shipped())
                        .learningEnds(), CuratedKnownEntities.read(knowledgeDir(args)), threads);
            }
            String tsv = EndStatistics.format(r, source, min, share, margin);
            if (!args.options().containsKey("--out")) {
                out.print(tsv);
            } else {
                Path target = Path.of(args.options().get("--out"));
                Files.writeString(target, tsv, StandardCharsets.UTF_8);
                out.println(target + ": " + r.articles() + " articles (" + r.failed() + " failed), " + r.statements()
                        + " reported statements, " + r.phrases() + " phrases");
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("learn-bounds failed: " + e);
            return 1;
        }
    }

    int ingest(Args args) {
        if (args.positional().isEmpty()) {
            return -1;
        }
        List<Path> files;
        try {
            files = ArticleTexts.expand(args.positional());
        } catch (java.io.UncheckedIOException e) {
            err.println(e.getMessage());
            return 1;
        }
        if (files.isEmpty()) {
            err.println("no articles to ingest: give .txt files or directories of them");
            return 1;
        }
        // Metadata options are for one article; a directory's articles have their NAME.meta.json.
        Args metadata = files.size() == 1 && args.positional().size() == 1 ? args : Args.NONE;
        int failed = 0;
        var started = GraphContext.start(args.spring().toArray(String[]::new), err, "Nothing ingested");
        if (started.isEmpty()) {
            return 1;
        }
        try (ConfigurableApplicationContext context = started.get()) {
            Ingester ingester = context.getBean(Ingester.class);
            for (int i = 0; i < files.size(); i++) {
                String name = files.get(i).toString();
                String progress = "[" + (i + 1) + "/" + files.size() + "] " + name;
                try {
                    LoadResult result = ingester.ingest(name, input(files.get(i), metadata)).result();
                    out.println(progress + ": " + result);
                } catch (IOException e) {
                    failed++;
                    err.println(progress + ": cannot read the article or its metadata: " + e.getMessage());
                } catch (InvalidDatasetException e) {
                    failed++;
                    err.println(progress + ": rejected");
                    e.problems().forEach(err::println);
                }
            }
        }
        out.println(files.size() - failed + " ingested, " + failed + " rejected");
        return failed == 0 ? 0 : 1;
    }

    /**
     * Steady-state throughput: extracts the given articles (.txt files, or the text of curated .json datasets;
     * default: the datasets under data/articles) repeatedly after a warm-up, and reports articles per second and
     * peak heap.
     */
    int benchmark(Args args) {
        quietModels();
        try {
            List<ArticleInput> articles = new ArrayList<>();
            List<Path> paths = new ArrayList<>();
            List<String> given = args.positional().isEmpty() ? List.of("data/articles") : args.positional();
            for (String a : given) {
                Path p = Path.of(a);
                if (Files.isDirectory(p)) {
                    try (var files = Files.list(p)) {
                        files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".json")
                                && !f.toString().endsWith(".meta.json") && !f.toString().endsWith(".gold.json"))
                                .sorted().forEach(paths::add);
                    }
                } else {
                    paths.add(p);
                }
            }
            for (Path p : paths) {
                articles.add(p.toString().endsWith(".json") ? Evaluator.input(new Evaluator.Pair(null, p))
                        : Evaluator.readArticle(p));
            }
            if (articles.isEmpty()) {
                err.println("no articles to benchmark: give .txt files, .json datasets or directories of them");
                return 1;
            }
            int n = Integer.parseInt(args.options().getOrDefault("--articles", "200"));
            KnownEntities known = CuratedKnownEntities.from(CuratedKnownEntities.read(knowledgeDir(args)), d -> true);
            CoreNlpAnalyzer tagger = new CoreNlpAnalyzer();
            Extractor extractor = new Extractor(tagger, Gazetteer.shipped());
            Runtime rt = Runtime.getRuntime();
            long t0 = System.nanoTime();
            extractor.extract(articles.get(0), known);
            long load = System.nanoTime() - t0;
            for (int i = 0; i < Math.min(20, n); i++) {
                extractor.extract(articles.get(i % articles.size()), known);
            }
            int threads = Integer.parseInt(args.options().getOrDefault("--threads", "1"));
            java.util.concurrent.atomic.AtomicLong chars = new java.util.concurrent.atomic.AtomicLong();
            java.util.concurrent.atomic.AtomicLong peakUsed = new java.util.concurrent.atomic.AtomicLong();
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            // CPU time of the extracting threads (not the JIT's or the collector's): on a machine shared with other
            // work, wall-clock speed follows the load, while CPU time per article moves much less.
            java.util.concurrent.atomic.AtomicLong cpu = new java.util.concurrent.atomic.AtomicLong();
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<java.util.concurrent.Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(pool.submit(() -> {
                    long cpu0 = mx.getCurrentThreadCpuTime();
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        ArticleInput a = articles.get(i % articles.size());
                        chars.addAndGet(a.text().length());
                        extractor.extract(a, known);
                        peakUsed.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                    }
                    cpu.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
                }));
            }
            for (var w : work) {
                try {
                    w.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            pool.shutdown();
            long peak = peakUsed.get();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.gc();
            long retained = rt.totalMemory() - rt.freeMemory();
            out.printf(java.util.Locale.ROOT, "articles: %d distinct, %d extracted, mean %.0f characters%n",
                    articles.size(), n, (double) chars.get() / n);
            out.printf(java.util.Locale.ROOT, "first extraction (loads CoreNLP): %.1f s%n", load / 1e9);
            out.printf(java.util.Locale.ROOT, "steady state: %.1f articles/s (%.1f ms each), %.0f KB/s, %d thread(s)%n",
                    n / seconds, 1000 * seconds * threads / n, chars.get() / 1024.0 / seconds, threads);
            out.printf(java.util.Locale.ROOT, "CPU: %.1f ms per article in the extracting threads (%.0f%% of their wall "
                    + "time; less when other work shares the cores)%n", cpu.get() / 1e6 / n,
                    100 * cpu.get() / 1e9 / (seconds * threads));
            out.printf(java.util.Locale.ROOT, "heap: %d MB live after GC (models loaded), peak used %d MB (with garbage),"
                    + " max %d MB; processors %d%n", retained >> 20, peak >> 20, rt.maxMemory() >> 20,
                    rt.availableProcessors());
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("benchmark failed: " + e);
            return 1;
        }
    }

    private static Path knowledgeDir(Args args) {
        return Path.of(args.options().getOrDefault("--knowledge", "data/articles"));
    }

    private static ArticleInput input(Path file, Args args) throws IOException {
        ArticleInput read = Evaluator.readArticle(file);
        Map<String, String> o = args.options();
        return new ArticleInput(read.text(), o.getOrDefault("--title", read.title()),
                o.getOrDefault("--publisher", read.publisher()), o.getOrDefault("--url", read.url()),
                o.getOrDefault("--published", read.published()), read.fileName());
    }

    /** Serialises and checks a dataset exactly as {@code validate} would, so a file written is a file that loads. */
    static String validated(Dataset dataset, String source) {
        DatasetReader reader = new DatasetReader();
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        reader.read(source, mapper.valueToTree(dataset));
        try {
            return mapper.writeValueAsString(dataset);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
