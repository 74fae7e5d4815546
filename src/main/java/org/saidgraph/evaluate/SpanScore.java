package org.saidgraph.evaluate;

import java.util.Map;
import java.util.TreeMap;

/**
 * Figures of a span-based evaluation (brat gold) for one article or several summed: per kind, the gold
 * attributions, those found (overlap of at least half of each), found with strict boundaries, found with a speaker
 * the gold lets us check, and those with the right speaker; precision over every system statement; and the same
 * per extraction rule. {@code failed} counts articles whose extraction threw.
 */
public record SpanScore(String article, Kind direct, Kind indirect, Precision precision, Map<String, Rule> rules,
                        int articles, int failed) {

    public record Kind(int gold, int found, int strict, int speakerGold, int speakerRight) {
        public Kind plus(Kind o) {
            return new Kind(gold + o.gold, found + o.found, strict + o.strict, speakerGold + o.speakerGold,
                    speakerRight + o.speakerRight);
        }

        public double recall() {
            return Score.ratio(found, gold);
        }

        public double strictRecall() {
            return Score.ratio(strict, gold);
        }

        public double speaker() {
            return Score.ratio(speakerRight, speakerGold);
        }
    }

    public record Precision(int system, int matching) {
        public Precision plus(Precision o) {
            return new Precision(system + o.system, matching + o.matching);
        }

        public double precision() {
            return Score.ratio(matching, system);
        }
    }

    /** One rule's statements: how many match some gold attribution; gold found by it (best match) and its speakers. */
    public record Rule(int statements, int matching, int direct, int indirect, int speakerGold, int speakerRight) {
        public Rule plus(Rule o) {
            return new Rule(statements + o.statements, matching + o.matching, direct + o.direct,
                    indirect + o.indirect, speakerGold + o.speakerGold, speakerRight + o.speakerRight);
        }

        public double precision() {
            return Score.ratio(matching, statements);
        }
    }

    public static SpanScore failed(String article) {
        return new SpanScore(article, new Kind(0, 0, 0, 0, 0), new Kind(0, 0, 0, 0, 0), new Precision(0, 0),
                Map.of(), 1, 1);
    }

    public SpanScore plus(SpanScore o) {
        Map<String, Rule> r = new TreeMap<>(rules);
        o.rules.forEach((k, v) -> r.merge(k, v, Rule::plus));
        return new SpanScore("overall", direct.plus(o.direct), indirect.plus(o.indirect), precision.plus(o.precision),
                r, articles + o.articles, failed + o.failed);
    }
}
