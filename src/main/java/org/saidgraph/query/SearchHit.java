package org.saidgraph.query;

/**
 * An entity whose name or an alias matched a search. {@code score} is relative to the best hit of the whole search:
 * 1.0 for the best, less for worse matches (rounded to three decimals).
 */
public record SearchHit(String id, String name, String type, double score) {
}
