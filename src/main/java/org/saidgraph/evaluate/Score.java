package org.saidgraph.evaluate;

import java.util.List;

/** The figures of one article's evaluation, or of several summed (micro-averaged). */
public record Score(String article, Recall quotes, Recall indirect, Recall all, Precision precision,
                    Names people, Names territories, Names organizations, Pairs mentions, Pairs replies) {

    /** Gold statements (non-optional), how many were found, and how many of those found have the right speaker. */
    public record Recall(int gold, int found, int attributed) {
        public Recall plus(Recall o) {
            return new Recall(gold + o.gold, found + o.found, attributed + o.attributed);
        }

        public double recall() {
            return ratio(found, gold);
        }

        public double speakerOfFound() {
            return ratio(attributed, found);
        }

        public double speakerOfAll() {
            return ratio(attributed, gold);
        }
    }

    /** System statements: matching a non-optional gold entry, matching only optional ones, matching nothing. */
    public record Precision(int system, int truePositives, int neutral, int falsePositives, int duplicates) {
        public Precision plus(Precision o) {
            return new Precision(system + o.system, truePositives + o.truePositives, neutral + o.neutral,
                    falsePositives + o.falsePositives, duplicates + o.duplicates);
        }

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }
    }

    /** Gold names found among the system's entities, and system entities that are gold names. */
    public record Names(int gold, int found, int system, int systemCorrect, List<String> missed, List<String> extra) {
        public Names plus(Names o) {
            return new Names(gold + o.gold, found + o.found, system + o.system, systemCorrect + o.systemCorrect,
                    concat(missed, o.missed), concat(extra, o.extra));
        }

        public double recall() {
            return ratio(found, gold);
        }

        public double precision() {
            return ratio(systemCorrect, system);
        }
    }

    /** A gold/system comparison counted as correct out of gold and out of system answers. */
    public record Pairs(int gold, int system, int correct) {
        public Pairs plus(Pairs o) {
            return new Pairs(gold + o.gold, system + o.system, correct + o.correct);
        }

        public double recall() {
            return ratio(correct, gold);
        }

        public double precision() {
            return ratio(correct, system);
        }
    }

    public Score plus(Score o) {
        return new Score("overall", quotes.plus(o.quotes), indirect.plus(o.indirect), all.plus(o.all),
                precision.plus(o.precision), people.plus(o.people), territories.plus(o.territories),
                organizations.plus(o.organizations), mentions.plus(o.mentions), replies.plus(o.replies));
    }

    static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
