package org.saidgraph.query;

/** An entity whose name or an alias matched a search, with the full-text score (higher is better). */
public record SearchHit(String id, String name, String type, double score) {
}
