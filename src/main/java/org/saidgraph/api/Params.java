package org.saidgraph.api;

/** Example values from the seed, shared by the OpenAPI annotations. */
final class Params {

    static final String PAGE = "Page number, counting from 0.";
    static final String SIZE = "Page size, 1 to 200 (default 20).";
    static final String INCLUDE_PARTS = "true: also what was said about its parts (Donbas takes in Luhansk and Donetsk)";
    static final String INCLUDE_WHOLES = "true: also what was said about what it is part of (Luhansk takes in Donbas "
            + "and Ukraine)";
    static final String FIRST_HAND = "true: only statements that nothing relays (no relay chain, reported in no other "
            + "statement)";
    static final String FIRST_HAND_FILTER = "true: only statements nothing relays; false: only those that reached us "
            + "through others";
    static final String TIMELINE_FROM = "First day (YYYY-MM-DD), inclusive; default: the day of the earliest statement";
    static final String TIMELINE_TO = "Last day (YYYY-MM-DD), inclusive; default: the day of the latest statement";
    static final String BUCKET = "day or week (default week, from Monday)";
    static final String MUSK = "elon-musk";
    static final String CRIMEA = "crimea";
    static final String DENIAL = "musk-ukraine-peace-plan.musk-denial-tweet";
    static final String ARTICLE = "musk-ukraine-peace-plan";

    private Params() {
    }
}
