package org.saidgraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP: tokens, sentences (a line break always ends one; {@link SentenceRejoin} mends a split inside a
 * parenthesis such as "(R-S.C.)"), parts of speech, lemmas and names (the 3-class model: person, organization,
 * location), then a dependency parse (Universal Dependencies, the neural parser) of
 * only the sentences that may report speech — those with a word of the speech lexicon — since parsing is most of
 * the time. The parser is called directly rather than as CoreNLP's {@code depparse} annotator, which builds five
 * dependency graphs per sentence (basic, collapsed, CC-processed, enhanced, enhanced++) where the extractor reads
 * only the basic one: building the other four took a fifth of the parse time (docs/extraction.md, Speed). The models
 * take seconds and about a gigabyte to load, so they load on first use, once per JVM, and are shared by every
 * instance and thread: CoreNLP pipelines are safe to use concurrently once built.
 */
public final class CoreNlpAnalyzer implements Analyzer {

    /** Longer sentences (tables, lists run together) are not parsed: the parse would cost much and say little. */
    static final int MAX_PARSED_TOKENS = 150;

    private static volatile StanfordCoreNLP splitting;
    private static volatile StanfordCoreNLP tagging;
    private static volatile DependencyParser parser;

    private final SpeechLexicon lexicon;
    /** True when every sentence with a verb or a common noun is parsed, whatever the lexicon says (learning). */
    private final boolean everyFrame;

    public CoreNlpAnalyzer() {
        this(SpeechLexicon.shipped(), false);
    }

    CoreNlpAnalyzer(SpeechLexicon lexicon, boolean everyFrame) {
        this.lexicon = lexicon;
        this.everyFrame = everyFrame;
    }

    /**
     * An analyzer that parses every sentence with a verb or a common noun (up to {@link #MAX_PARSED_TOKENS} tokens):
     * for {@code learn-cues --senses} ({@link Extractor#learningSenses()}), which reads every verb and noun in every
     * frame, including those the learned table does not yet make worth a parse. Slow.
     */
    public static CoreNlpAnalyzer parsingEveryFrame() {
        return new CoreNlpAnalyzer(SpeechLexicon.shipped(), true);
    }

    /** Whether a token makes its sentence worth a parse. */
    private boolean worthParsing(CoreLabel t) {
        String tag = t.tag();
        if (everyFrame && tag != null && (tag.startsWith("VB") || tag.equals("NN") || tag.equals("NNS"))) {
            return true;
        }
        return lexicon.worthParsing(t.word(), t.lemma(), tag);
    }

    /** Whether the models have been loaded yet; the server reports it, and tests assert laziness with it. */
    public static boolean loaded() {
        return tagging != null;
    }

    private static void load() {
        if (tagging != null) {
            return;
        }
        synchronized (CoreNlpAnalyzer.class) {
            if (tagging != null) {
                return;
            }
            // Splitting and tagging are two pipelines so that SentenceRejoin can mend the split in between.
            Properties split = new Properties();
            split.setProperty("annotators", "tokenize,ssplit");
            split.setProperty("ssplit.newlineIsSentenceBreak", "always");
            split.setProperty("tokenize.options", "untokenizable=noneKeep");
            Properties props = new Properties();
            props.setProperty("annotators", "pos,lemma,ner");
            props.setProperty("enforceRequirements", "false");
            // Fine-grained classes, SUTime and the numeric classifiers cost time and memory and give nothing the
            // extractor uses: it needs only PERSON, ORGANIZATION and LOCATION.
            props.setProperty("ner.applyFineGrained", "false");
            props.setProperty("ner.useSUTime", "false");
            props.setProperty("ner.applyNumericClassifiers", "false");
            props.setProperty("ner.buildEntityMentions", "true");
            // Only the 3-class model, trained on the most data: on the seed and dev articles it scored the same as
            // the default three-model combination, at twice the speed and 40% less heap (docs/extraction.md).
            props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
            // The same model and options as the depparse annotator with depparse.model set to it.
            Properties parse = new Properties();
            parse.setProperty("model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
            DependencyParser p = DependencyParser.loadFromModelFile(parse.getProperty("model"), parse);
            StanfordCoreNLP s = new StanfordCoreNLP(split);
            StanfordCoreNLP t = new StanfordCoreNLP(props);
            parser = p;
            splitting = s;
            tagging = t;
        }
    }

    @Override
    public Analysis analyze(String text) {
        load();
        Annotation annotation = new Annotation(text);
        splitting.annotate(annotation);
        annotation.set(CoreAnnotations.SentencesAnnotation.class,
                SentenceRejoin.rejoin(text, annotation.get(CoreAnnotations.SentencesAnnotation.class)));
        tagging.annotate(annotation);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        // The basic (uncollapsed) Universal Dependencies of each sentence worth parsing; null for the others.
        List<SemanticGraph> graphs = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            boolean worth = tokens.size() <= MAX_PARSED_TOKENS && tokens.stream().anyMatch(this::worthParsing);
            graphs.add(worth ? SemanticGraphFactory.generateUncollapsedDependencies(parser.predict(s)) : null);
        }
        List<Analysis.Token> tokens = new ArrayList<>();
        List<Analysis.Sentence> spans = new ArrayList<>();
        for (CoreMap s : sentences) {
            int first = tokens.size();
            for (CoreLabel w : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Analysis.Token(w.beginPosition(), w.endPosition(), w.word(), w.tag(),
                        w.lemma() == null ? w.word() : w.lemma()));
            }
            spans.add(new Analysis.Sentence(first, tokens.size()));
        }
        int[] head = new int[tokens.size()];
        String[] rel = new String[tokens.size()];
        Arrays.fill(head, Analysis.UNPARSED);
        for (int i = 0; i < sentences.size(); i++) {
            SemanticGraph graph = graphs.get(i);
            if (graph == null) {
                continue;
            }
            int first = spans.get(i).first();
            Arrays.fill(head, first, spans.get(i).end(), Analysis.ROOT);
            for (IndexedWord root : graph.getRoots()) {
                rel[first + root.index() - 1] = "root";
            }
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                int dep = first + e.getDependent().index() - 1;
                head[dep] = first + e.getGovernor().index() - 1;
                rel[dep] = e.getRelation().toString();
            }
        }
        return new Analysis(tokens, spans, names(annotation), head, rel);
    }

    private static List<TaggedName> names(Annotation annotation) {
        List<TaggedName> names = new ArrayList<>();
        List<CoreMap> mentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return names;
        }
        for (CoreMap m : mentions) {
            String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            Integer start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (type == null || start == null || end == null) {
                continue;
            }
            String coarse = switch (type) {
                case "PERSON" -> "PERSON";
                case "ORGANIZATION" -> "ORGANIZATION";
                case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> "LOCATION";
                case "MISC", "NATIONALITY" -> "MISC";
                default -> null;
            };
            if (coarse != null) {
                names.add(new TaggedName(start, end, coarse));
            }
        }
        return names;
    }
}
