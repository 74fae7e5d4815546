package org.saidgraph.extract;

/**
 * One CoreNLP pipeline per test JVM: its models take many seconds and about a gigabyte to load, so every test that
 * needs real named-entity recognition shares this one.
 */
public final class SharedCoreNlp {

    public static final CoreNlpTagger TAGGER = new CoreNlpTagger();

    private SharedCoreNlp() {
    }
}
