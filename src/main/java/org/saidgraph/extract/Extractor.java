package org.saidgraph.extract;

import org.saidgraph.dataset.Article;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.EntityType;
import org.saidgraph.dataset.Statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an article's plain text into a draft dataset ({@code origin: extracted}, a confidence on every item): every
 * quotation and every reported statement, each with its speaker, relays, hearer, replies, denials, mentions and the
 * stance it takes on territories where the text states one. Thread-safe: all per-article state lives in locals.
 */
public final class Extractor {

    /**
     * The sieves that find reported statements, in order; each adds only what no earlier one found (a cue is used
     * once). Quotations are attributed afterwards by {@link QuoteSieves#ORDER}.
     */
    static final List<StatementSieve> STATEMENT_SIEVES = List.of(new VerbCueSieve(), new ParticipleCueSieve(),
            new AccordingToSieve(), new PatternVerbSieve(), new ReactionSieve(), new SpeechNounSieve(),
            new SpelledOutSieve(), new SpeakerLabelSieve(), new HeadlineLabelSieve());

    private final Analyzer analyzer;
    private final Gazetteer gazetteer;
    private final EntityLinker linker;
    private final SpeechLexicon lexicon = SpeechLexicon.shipped();
    private final CandidateFilter filter;

    /** An extractor that keeps every candidate the sieves find (no learned filter; see {@link CandidateFilter}). */
    public Extractor(Analyzer analyzer, Gazetteer gazetteer) {
        this(analyzer, gazetteer, CandidateFilter.keepAll());
    }

    /** An extractor whose sieves' candidates pass {@code filter} ({@link CandidateFilter#keepAll()}: all of them). */
    public Extractor(Analyzer analyzer, Gazetteer gazetteer, CandidateFilter filter) {
        this.analyzer = analyzer;
        this.gazetteer = gazetteer;
        this.filter = filter;
        this.linker = new EntityLinker(gazetteer, institutions(), lexicon);
    }


    /** The institutions that ship with the project (Kremlin, White House, NATO, news agencies, …). */
    static List<KnownEntity> institutions() {
        List<KnownEntity> list = new ArrayList<>();
        for (String[] row : Gazetteer.rows("/extract/organizations.tsv")) {
            list.add(new KnownEntity(EntityType.ORGANIZATION, row[0], row[1], Gazetteer.split(Gazetteer.col(row, 3),
                    ","), row[2], null, List.of()));
        }
        return list;
    }

    public Dataset extract(ArticleInput input, KnownEntities known) {
        return extractTraced(input, known).dataset();
    }

    /** The draft dataset and, for each of its statements (by id), the rule that made it. */
    public Traced extractTraced(ArticleInput input, KnownEntities known) {
        String text = input.text();
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the article text is empty");
        }
        TextLayout layout = new TextLayout(text);
        List<Quote> quotes = new QuoteFinder().find(text, layout);
        Analysis analysis = analyzer.analyze(text);
        ArticleEntities entities = linker.link(text, analysis.names(), known.all());
        SpeakerResolver resolver = new SpeakerResolver(text, layout, entities, quotes, linker);
        Sources sources = new Sources(text, analysis, entities, resolver);
        Draft draft = new Draft(text, layout, analysis, quotes, entities, resolver, sources, lexicon);
        for (StatementSieve sieve : STATEMENT_SIEVES) {
            for (Found f : sieve.find(draft)) {
                // A verbless adverbial phrase ("At the same time", read before "she said") is not what was said:
                // it is left out before it takes its cue, so that a later sieve may still read that cue.
                if ((f.cue < 0 || !draft.cueTaken(f.cue)) && !AdverbialSpans.adverbialOnly(analysis, f)) {
                    draft.statements.add(f);
                }
            }
        }
        Relations relations = new Relations(lexicon);
        List<Found> reported = draft.statements;
        Relations.mediaSources(text, layout, reported, entities);
        Relations.deedsInsideClauses(reported);
        Relations.relays(reported.stream().filter(f -> !f.quoteOnly).toList());
        QuoteSieves.attribute(draft);
        List<Found> statements = new ArrayList<>(draft.statements.stream().filter(f -> !f.quoteOnly).toList());
        statements.addAll(new ColonBlockSieve().find(draft));
        statements.sort(Comparator.comparingInt((Found f) -> f.start).thenComparingInt(f -> -f.end));
        statements.removeIf(f -> f.speaker == null || TitleQuotes.title(text, f));
        Relations.dedupe(statements);
        Relations.dropBareRelays(text, statements);
        ReportedSpanBounds.apply(draft, statements);
        List<DroppedStatement> dropped = NotSpeechFilters.apply(draft, statements);
        Map<Found, List<String>> features = new IdentityHashMap<>();
        statements.forEach(f -> features.put(f, StatementFeatures.of(draft, f, statements)));
        Relations.drop(statements, statements.stream().filter(f -> !filter.keeps(features.get(f))).toList());
        relations.relations(text, layout, statements, entities, resolver);
        DeniedClaims.link(draft, statements);
        Dataset dataset = new DatasetBuilder(gazetteer).dataset(input, text, layout, statements, entities);
        Map<String, String> rules = new LinkedHashMap<>();
        Map<String, List<String>> featuresById = new LinkedHashMap<>();
        statements.forEach(f -> {
            rules.put(f.id, f.rule == null ? "(unnamed)" : f.rule);
            featuresById.put(f.id, features.get(f));
        });
        return new Traced(dataset, rules, featuresById, dropped);
    }

    /**
     * A draft dataset with the rule behind each statement and the features the statement filter read (by statement
     * id), from which {@code train-filter} learns, and the candidates the named filters dropped.
     */
    public record Traced(Dataset dataset, Map<String, String> rules, Map<String, List<String>> features,
                         List<DroppedStatement> dropped) {
    }
}
