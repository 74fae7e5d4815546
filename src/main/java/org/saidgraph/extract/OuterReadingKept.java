package org.saidgraph.extract;

/**
 * Guard {@code outer-reading-kept} of {@link NestedAttributions}: an "according to" statement around a whole
 * attribution ("According to the harbour office, the ferry line said the boats were late"; "The ferry line said the
 * boats were late, according to the harbour office") is not dropped by {@code relay-only}: both readings stay, the
 * account's statement reporting the inner one ({@link Found#reports}) and the inner one relayed by the account.
 * The account is the source the writer gives for the whole sentence, the inner saying included; PolNeAR annotates
 * that outer reading (train: a speech verb nested in an outer clause is annotated outer only 566 times, inner only
 * 35, both 52), and the inner statement alone gave the account's attribution to the inner speaker or did not find
 * it. All 840 train: 14 statements more, 13 finding gold.
 * <p>
 * A verb's complement clause headed by the inner cue ("Ms Lindqvist noted that the survey board had reported that
 * the wells were dry") was measured too and gains on train as well, but the seed's curated gold keeps the inner
 * reading only there, so it stays {@code relay-only} (docs/extraction.md, session 31).
 */
final class OuterReadingKept {

    private OuterReadingKept() {
    }

    /** Whether both readings stay for {@code outer} and the inner statement nested whole in it. */
    static boolean kept(Found outer) {
        return AccordingToSieve.RULE.equals(outer.rule);
    }
}
