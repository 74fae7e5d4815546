package org.saidgraph.extract;

import java.util.List;

/**
 * A rule that finds reported statements (and attributions of quotations) in an article. The extractor applies the
 * sieves in order ({@link Extractor#STATEMENT_SIEVES}); a statement whose cue an earlier sieve already used is not
 * added again, so each sieve fills only what is still unattributed. Every statement records the sieve's rule name.
 */
interface StatementSieve {

    List<Found> find(Draft draft);
}
