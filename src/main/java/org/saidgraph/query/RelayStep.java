package org.saidgraph.query;

/** One relay of words that are not first-hand; hop 1 is nearest the speaker, the last hop nearest us. */
public record RelayStep(int hop, String id, String name, String type) {
}
