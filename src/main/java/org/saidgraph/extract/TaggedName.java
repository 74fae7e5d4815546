package org.saidgraph.extract;

/** A name a tagger found: its UTF-16 span and coarse type (PERSON, ORGANIZATION, LOCATION or MISC). */
public record TaggedName(int start, int end, String type) {
}
