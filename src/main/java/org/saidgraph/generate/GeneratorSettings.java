package org.saidgraph.generate;

import java.time.LocalDate;

/**
 * The shape of a generated corpus. The same settings always give the same corpus, byte for byte.
 *
 * @param articles             how many articles (one dataset each)
 * @param seed                 chooses the corpus: the same seed gives the same world and articles (0 or more)
 * @param people               the pool of people who speak, relay and are named (a few thousand)
 * @param organizations        the pool of organizations, media outlets included
 * @param mediaOutlets         how many of the organizations are media outlets: publishers and relays
 * @param territories          the pool of territories: the seed article's contested ones and invented countries,
 *                             regions and cities
 * @param groups               the pool of collective speakers ("Residents of …")
 * @param statementsPerArticle the mean number of statements in an article (each article has this ±3)
 * @param speakerSkew          the exponent of the Zipf law speakers are drawn by: the k-th most frequent speaker
 *                             speaks in proportion to 1/k^skew (0 is uniform; 1 lets a handful say most things)
 * @param reReported           the share of statements that are one utterance reported by several articles of
 *                             different outlets a few days apart (quoted in full, cut shorter, or paraphrased)
 * @param start                the first publication date
 * @param days                 the period the publication dates spread over, in days
 */
public record GeneratorSettings(int articles, long seed, int people, int organizations, int mediaOutlets,
                                int territories, int groups, int statementsPerArticle, double speakerSkew,
                                double reReported, LocalDate start, int days) {

    public static final GeneratorSettings DEFAULTS = new GeneratorSettings(1000, 1, 3000, 400, 60, 300, 30, 10,
            1.0, 0.10, LocalDate.of(2024, 1, 1), 365);

    public GeneratorSettings {
        check(articles >= 1, "articles must be at least 1", articles);
        check(seed >= 0, "seed must be 0 or more", seed);
        check(people >= 10 && people <= 100_000, "people must be between 10 and 100000", people);
        check(mediaOutlets >= 2 && mediaOutlets <= 500, "mediaOutlets must be between 2 and 500", mediaOutlets);
        check(organizations >= mediaOutlets + 10 && organizations <= 5000,
                "organizations must be at least mediaOutlets + 10, and at most 5000", organizations);
        check(territories >= 30 && territories <= 1000, "territories must be between 30 and 1000", territories);
        check(groups >= 1 && groups <= 200, "groups must be between 1 and 200", groups);
        check(statementsPerArticle >= 4 && statementsPerArticle <= 40, "statementsPerArticle must be between 4 and 40",
                statementsPerArticle);
        check(speakerSkew >= 0 && speakerSkew <= 3, "speakerSkew must be between 0 and 3", speakerSkew);
        check(reReported >= 0 && reReported <= 0.5, "reReported must be between 0 and 0.5", reReported);
        check(start != null, "start must be given", start);
        check(days >= 1 && days <= 36_500, "days must be between 1 and 36500", days);
    }

    public GeneratorSettings withArticles(int articles) {
        return new GeneratorSettings(articles, seed, people, organizations, mediaOutlets, territories, groups,
                statementsPerArticle, speakerSkew, reReported, start, days);
    }

    public GeneratorSettings withSeed(long seed) {
        return new GeneratorSettings(articles, seed, people, organizations, mediaOutlets, territories, groups,
                statementsPerArticle, speakerSkew, reReported, start, days);
    }

    private static void check(boolean ok, String rule, Object was) {
        if (!ok) {
            throw new IllegalArgumentException(rule + " (was " + was + ")");
        }
    }
}
