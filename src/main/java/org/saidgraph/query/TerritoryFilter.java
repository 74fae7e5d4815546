package org.saidgraph.query;

/**
 * Which statements about a territory to take: with {@code includeParts} also those about its parts (Donbas takes in
 * Luhansk and Donetsk), with {@code includeWholes} also those about what it is part of (Luhansk takes in Donbas and
 * Ukraine); with a {@code position} only those taking it; with {@code firstHand} only those nothing relays.
 */
public record TerritoryFilter(boolean includeParts, boolean includeWholes, String position, boolean firstHand) {
}
