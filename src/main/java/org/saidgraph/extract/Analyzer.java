package org.saidgraph.extract;

/**
 * What the extractor needs from a language pipeline: tokens with their parts of speech and lemmas, sentences, the
 * names in the text, and a dependency parse of the sentences that may report speech. {@link CoreNlpAnalyzer} is the
 * real one; tests may give the names themselves.
 */
@FunctionalInterface
public interface Analyzer {

    Analysis analyze(String text);
}
