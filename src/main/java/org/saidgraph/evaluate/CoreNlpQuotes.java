package org.saidgraph.evaluate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP's own quote attribution (the quote annotator with its sieves and statistical coreference, as
 * CoreNLP ships it), as a system the span scorer can measure beside saidgraph's extraction on the same articles.
 * Each quotation becomes a statement whose speaker is the quote's canonical mention, else its speaker mention.
 * For measurement only: the pipeline loads several gigabytes of models on first use.
 */
public final class CoreNlpQuotes {

    private static volatile StanfordCoreNLP pipeline;

    private static StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (CoreNlpQuotes.class) {
                p = pipeline;
                if (p == null) {
                    Properties props = new Properties();
                    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
                    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
                    props.setProperty("quote.attributeQuotes", "true");
                    // SUTime fails to load from the packaged jar (TimeExpressionExtractorImpl cannot be created), which
                    // failed every article; time expressions play no part in quote attribution.
                    props.setProperty("ner.useSUTime", "false");
                    p = new StanfordCoreNLP(props);
                    pipeline = p;
                }
            }
        }
        return p;
    }

    public List<SystemStatement> statements(String text) {
        Annotation annotation = new Annotation(text);
        pipeline().annotate(annotation);
        List<SystemStatement> out = new ArrayList<>();
        List<CoreMap> quotes = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes == null) {
            return out;
        }
        for (CoreMap q : quotes) {
            Integer start = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (start == null || end == null) {
                continue;
            }
            String speaker = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
            if (speaker == null) {
                speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
            }
            String sieve = q.get(QuoteAttributionAnnotator.SpeakerSieveAnnotation.class);
            out.add(new SystemStatement(start, end, speaker, List.of(), "corenlp" + (sieve == null ? "" : ":" + sieve),
                    text.substring(start, end)));
        }
        return out;
    }
}
