package org.saidgraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's named-entity recogniser (tokenize, ssplit, pos, lemma, ner). The pipeline takes seconds and about a
 * gigabyte to build, so it is built on first use, once per instance, and shared by every thread: CoreNLP pipelines
 * are safe to use concurrently once built. No parser and no coreference: speakers are resolved by our own rules.
 */
public final class CoreNlpTagger implements NameTagger {

    private volatile StanfordCoreNLP pipeline;

    /** Whether the models have been loaded yet; the server reports it, and tests assert laziness with it. */
    public boolean loaded() {
        return pipeline != null;
    }

    private StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (this) {
                p = pipeline;
                if (p == null) {
                    Properties props = new Properties();
                    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
                    // Fine-grained classes, SUTime and the numeric classifiers cost time and memory and give nothing
                    // the extractor uses: it needs only PERSON, ORGANIZATION and LOCATION.
                    props.setProperty("ner.applyFineGrained", "false");
                    props.setProperty("ner.useSUTime", "false");
                    props.setProperty("ner.applyNumericClassifiers", "false");
                    props.setProperty("ner.buildEntityMentions", "true");
                    // Only the 3-class model (person, organization, location), trained on the most data: measured on
                    // the seed and dev articles it scores the same as the default three-model combination, at twice
                    // the speed and 40% less heap (docs/extraction.md).
                    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
                    props.setProperty("tokenize.options", "untokenizable=noneKeep");
                    p = new StanfordCoreNLP(props);
                    pipeline = p;
                }
            }
        }
        return p;
    }

    @Override
    public List<TaggedName> tag(String text) {
        Annotation annotation = new Annotation(text);
        pipeline().annotate(annotation);
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
