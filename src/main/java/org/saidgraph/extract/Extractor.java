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
    static final List<StatementSieve> STATEMENT_SIEVES = sieves(new ContextCueSieve());

    private static List<StatementSieve> sieves(ContextCueSieve last) {
        return List.of(new AsideQuestionSieve(), new VerbCueSieve(),
                new TrailingAttributionSieve(),
                new ParticipleCueSieve(), new TargetPhraseSieve(),
                new AccordingToSieve(), new PatternVerbSieve(), new ReactionSieve(), new SpeechNounSieve(),
                new SpelledOutSieve(), new SpeakerLabelSieve(), new HeadlineLabelSieve(), new AsSaidSieve(),
                new AskedBySieve(), new ObjectTopicSieve(), new DemandSieve(), last);
    }

    /** What an extractor is for: the shipped extraction, or reading what one of the learners counts. */
    private enum Mode {
        SHIPPED,
        /** {@code learn-bounds}: no cut moves an end; the phrases that close each statement are reported. */
        LEARNING_ENDS,
        /** {@code evaluate --learned-bounds}: the learned span table also ends (and extends) reported statements. */
        LEARNED_ENDS,
        /** {@code learn-cues --senses}: every verb is read in every frame, each statement named by its frame key. */
        LEARNING_SENSES
    }

    private final Analyzer analyzer;
    private final Gazetteer gazetteer;
    private final EntityLinker linker;
    private final SpeechLexicon lexicon = SpeechLexicon.shipped();
    private final CandidateFilter filter;
    private final Mode mode;
    private final List<StatementSieve> sieves;

    /** An extractor that keeps every candidate the sieves find (no learned filter; see {@link CandidateFilter}). */
    public Extractor(Analyzer analyzer, Gazetteer gazetteer) {
        this(analyzer, gazetteer, CandidateFilter.keepAll());
    }

    /** An extractor whose sieves' candidates pass {@code filter} ({@link CandidateFilter#keepAll()}: all of them). */
    public Extractor(Analyzer analyzer, Gazetteer gazetteer, CandidateFilter filter) {
        this(analyzer, gazetteer, filter, Mode.SHIPPED);
    }

    private Extractor(Analyzer analyzer, Gazetteer gazetteer, CandidateFilter filter, Mode mode) {
        this.analyzer = analyzer;
        this.gazetteer = gazetteer;
        this.filter = filter;
        this.mode = mode;
        this.sieves = mode == Mode.LEARNING_SENSES ? sieves(ContextCueSieve.forLearning()) : STATEMENT_SIEVES;
        this.linker = new EntityLinker(gazetteer, institutions(), lexicon);
    }

    /**
     * This extractor with no span cut applied ({@link ReportedSpanBounds}), reporting instead, per statement, the
     * phrases that close it ({@link Traced#ends()}): what {@code learn-bounds} counts against gold.
     */
    public Extractor learningEnds() {
        return new Extractor(analyzer, gazetteer, filter, Mode.LEARNING_ENDS);
    }

    /**
     * This extractor with the learned span table applied after the hand-written cuts ({@link SpanEnds}: cut
     * {@code learned-end}, step {@code learned-extension}); measured, not on by default ({@code evaluate
     * --learned-bounds}).
     */
    public Extractor withLearnedEnds() {
        return new Extractor(analyzer, gazetteer, filter, Mode.LEARNED_ENDS);
    }

    /**
     * This extractor with {@link ContextCueSieve} reading every verb in every frame and naming each of its statements'
     * rule {@code context-cue:KEY}: what {@code learn-cues --senses} counts against gold. Give it an analyzer that
     * parses every sentence with a verb or a noun ({@link CoreNlpAnalyzer#parsingEveryFrame()}): the shipped one
     * parses only the sentences the learned table makes worth it.
     */
    public Extractor learningSenses() {
        return new Extractor(analyzer, gazetteer, filter, Mode.LEARNING_SENSES);
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
        List<DroppedStatement> dropped = new ArrayList<>();
        for (StatementSieve sieve : sieves) {
            for (Found f : sieve.find(draft)) {
                // A verbless adverbial phrase ("At the same time", read before "she said") or a reading a sense
                // filter rejects is not what was said: it is left out before it takes its cue, so that a later sieve
                // may still read that cue.
                if ((f.cue < 0 || !draft.cueTaken(f.cue)) && !AdverbialSpans.adverbialOnly(analysis, f)) {
                    DroppedStatement sense = NotSpeechFilters.atCue(draft, f);
                    if (sense == null) {
                        draft.statements.add(f);
                    } else if (dropped.stream().noneMatch(d -> d.start() == sense.start() && d.end() == sense.end())) {
                        dropped.add(sense); // counted once when a later sieve reads the cue the same way
                    }
                }
            }
        }
        Relations relations = new Relations(lexicon);
        List<Found> reported = draft.statements;
        Relations.mediaSources(text, layout, reported, entities);
        Relations.deedsInsideClauses(analysis, reported);
        Relations.relays(reported.stream().filter(f -> !f.quoteOnly).toList());
        QuoteSieves.attribute(draft);
        List<Found> statements = new ArrayList<>(draft.statements.stream().filter(f -> !f.quoteOnly).toList());
        statements.addAll(new ColonBlockSieve().find(draft));
        statements.sort(Comparator.comparingInt((Found f) -> f.start).thenComparingInt(f -> -f.end));
        statements.removeIf(f -> f.speaker == null || TitleQuotes.title(text, f));
        Relations.dedupe(statements);
        dropped.addAll(NestedAttributions.apply(draft, statements));
        Map<Found, List<SpanEnds.Candidate>> ends = new IdentityHashMap<>();
        if (mode == Mode.LEARNING_ENDS) {
            statements.forEach(f -> ends.put(f, SpanEnds.all(draft, f)));
        } else {
            ReportedSpanBounds.apply(draft, statements, mode == Mode.LEARNED_ENDS ? SpanEnds.shipped() : null);
            ConjoinedAttributions.apply(draft, statements);
            CoordinateAttributions.apply(draft, statements);
            RelativeAttributions.apply(draft, statements);
            StatementStarts.apply(draft, statements);
            ClauseStarts.apply(draft, statements);
            QuotationLeadIn.apply(draft, statements);
            SecondActQuotations.apply(draft, statements);
        }
        dropped.addAll(NotSpeechFilters.apply(draft, statements));
        dropped.addAll(GuessedQuoteFilters.apply(draft, statements));
        ClauseAfterAttribution.apply(draft, statements);
        ClauseQuotationJoin.apply(draft, statements);
        ClauseThenQuotation.apply(draft, statements);
        NarrationPieces.apply(draft, statements);
        ConjunctAfterAttribution.apply(draft, statements);
        EvidenceStarts.apply(draft, statements);
        dropped.addAll(GuessedQuoteFilters.applyMidPhrase(draft, statements));
        dropped.addAll(QuotedFragmentMidSentence.apply(draft, statements));
        dropped.addAll(FrontedAdverbialOnly.apply(draft, statements));
        dropped.addAll(QuotedObjectInside.apply(draft, statements));
        dropped.addAll(QuotationOpensClause.apply(draft, statements));
        dropped.addAll(RelayedAttributionInside.apply(draft, statements));
        dropped.addAll(SpeechInsideQuotedWords.apply(draft, statements));
        dropped.addAll(SameStatementTwice.apply(draft, statements));
        Map<Found, List<String>> features = new IdentityHashMap<>();
        statements.forEach(f -> features.put(f, StatementFeatures.of(draft, f, statements)));
        Relations.drop(statements, statements.stream().filter(f -> !filter.keeps(features.get(f))).toList());
        relations.relations(text, layout, statements, entities, resolver);
        PleaAct.apply(draft, statements);
        DeniedClaims.link(draft, statements);
        Dataset dataset = new DatasetBuilder(gazetteer).dataset(input, text, layout, statements, entities);
        Map<String, String> rules = new LinkedHashMap<>();
        Map<String, List<String>> featuresById = new LinkedHashMap<>();
        Map<String, Trimmed> trimmed = new LinkedHashMap<>();
        Map<String, List<SpanEnds.Candidate>> endsById = new LinkedHashMap<>();
        statements.forEach(f -> {
            rules.put(f.id, f.rule == null ? "(unnamed)" : f.rule);
            featuresById.put(f.id, features.get(f));
            if (f.trimmedBy != null) {
                trimmed.put(f.id, new Trimmed(f.trimmedBy, f.untrimmedEnd, f.unmovedStart));
            }
            endsById.put(f.id, ends.getOrDefault(f, List.of()));
        });
        return new Traced(dataset, rules, featuresById, dropped, trimmed, endsById);
    }

    /**
     * A draft dataset with the rule behind each statement and the features the statement filter read (by statement
     * id), from which {@code train-filter} learns, the candidates the named filters dropped, the cuts that moved a
     * statement's end (by id; only statements a cut moved), and, from {@link #learningEnds()} only, the phrases that
     * close each statement.
     */
    public record Traced(Dataset dataset, Map<String, String> rules, Map<String, List<String>> features,
                         List<DroppedStatement> dropped, Map<String, Trimmed> trimmed,
                         Map<String, List<SpanEnds.Candidate>> ends) {
    }

    /**
     * The cuts and steps that moved a statement's end or start (names, comma-separated, in order) and where it ended
     * and began before them (-1: not moved).
     */
    public record Trimmed(String cuts, int untrimmedEnd, int unmovedStart) {
    }
}
