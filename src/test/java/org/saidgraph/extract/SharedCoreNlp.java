package org.saidgraph.extract;

/**
 * One CoreNLP analyzer for the tests (its models load once per JVM, however many analyzers there are).
 */
public final class SharedCoreNlp {

    public static final CoreNlpAnalyzer ANALYZER = new CoreNlpAnalyzer();

    private SharedCoreNlp() {
    }
}
