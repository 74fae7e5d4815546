package org.saidgraph.evaluate;

import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.EntityType;
import org.saidgraph.dataset.Statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares an extracted dataset with a gold annotation, counting as the development gold's README recommends: recall
 * over non-optional gold statements (quotes, indirect, both), attribution among those found, precision with
 * optional-only matches left out, and, secondarily, entity names, mentions and reply targets.
 */
public final class Scorer {

    /** Entities below this confidence were inferred (from an adjective, or a state speaking) rather than named. */
    public static final double NAMED_CONFIDENCE = 0.5;

    public Score score(String article, Gold gold, Dataset system) {
        Map<String, Entity> entities = new HashMap<>();
        system.entities().forEach(e -> entities.put(e.id(), e));
        Map<String, Statement> byId = new HashMap<>();
        system.statements().forEach(s -> byId.put(s.id(), s));
        CanonicalNames canonical = new CanonicalNames(gold);

        List<GoldStatement> golds = gold.statements();
        int[] tally = new int[6]; // quote gold/found/attributed, indirect gold/found/attributed
        int replyGold = 0;
        int replyCorrect = 0;
        int replySystem = 0;
        int mentionTp = 0;
        int mentionSystem = 0;
        int mentionGold = 0;
        Map<GoldStatement, List<Statement>> matches = new HashMap<>();
        for (GoldStatement g : golds) {
            List<Statement> m = system.statements().stream().filter(s -> matches(s, g)).toList();
            matches.put(g, m);
            if (g.optional()) {
                continue;
            }
            int base = GoldStatement.QUOTE.equals(g.kind()) ? 0 : 3;
            tally[base]++;
            if (m.isEmpty()) {
                continue;
            }
            tally[base + 1]++;
            if (m.stream().anyMatch(s -> Matching.speakerCorrect(name(entities, s.speaker()), g.speaker()))) {
                tally[base + 2]++;
            }
            if (g.respondsTo() != null) {
                replyGold++;
                boolean ok = m.stream().flatMap(s -> s.respondsTo().stream()).map(byId::get)
                        .anyMatch(t -> t != null && Matching.speakerCorrect(name(entities, t.speaker()), g.respondsTo()));
                if (ok) {
                    replyCorrect++;
                }
            }
            // Mentions: the best-matching system statement's people and territories against the gold list.
            Statement best = m.get(0);
            Set<String> sys = new HashSet<>();
            for (Statement.Mention mention : best.mentions()) {
                Entity e = entities.get(mention.entity());
                if (e != null && (e.type() == EntityType.PERSON || e.type() == EntityType.TERRITORY)) {
                    sys.add(canonical.of(e));
                }
            }
            Set<String> want = new HashSet<>();
            g.mentions().forEach(x -> want.add(Matching.fold(x)));
            mentionGold += want.size();
            mentionSystem += sys.size();
            for (String s : sys) {
                if (want.contains(s)) {
                    mentionTp++;
                }
            }
        }
        for (Statement s : system.statements()) {
            if (!s.respondsTo().isEmpty()) {
                replySystem++;
            }
        }
        int tp = 0;
        int neutral = 0;
        int fp = 0;
        int duplicates = 0;
        Map<GoldStatement, Integer> hits = new HashMap<>();
        for (Statement s : system.statements()) {
            boolean real = false;
            boolean optional = false;
            for (GoldStatement g : golds) {
                if (matches.get(g).contains(s)) {
                    if (g.optional()) {
                        optional = true;
                    } else {
                        real = true;
                        hits.merge(g, 1, Integer::sum);
                    }
                }
            }
            if (real) {
                tp++;
            } else if (optional) {
                neutral++;
            } else {
                fp++;
            }
        }
        for (int h : hits.values()) {
            duplicates += Math.max(0, h - 1);
        }
        Score.Recall quotes = new Score.Recall(tally[0], tally[1], tally[2]);
        Score.Recall indirect = new Score.Recall(tally[3], tally[4], tally[5]);
        return new Score(article, quotes, indirect, quotes.plus(indirect),
                new Score.Precision(system.statements().size(), tp, neutral, fp, duplicates),
                names(gold.people(), system, EntityType.PERSON, canonical),
                names(gold.territories(), system, EntityType.TERRITORY, canonical),
                names(gold.organizations(), system, EntityType.ORGANIZATION, canonical),
                new Score.Pairs(mentionGold, mentionSystem, mentionTp),
                new Score.Pairs(replyGold, replySystem, replyCorrect));
    }

    static boolean matches(Statement s, GoldStatement g) {
        if (g.evidence() != null && g.evidence().matches(s.span().start(), s.span().end())) {
            return true;
        }
        if (Matching.textsMatch(s.text(), g.text())) {
            return true;
        }
        // A quotation is found inside a statement that quotes it whole: a reported clause with a quoted fragment, or
        // a quotation in parts, is one statement ("the mayor was “tired, angry and finished,” the paper wrote").
        if (GoldStatement.QUOTE.equals(g.kind()) && (!s.verbatim() || !s.parts().isEmpty())
                && Matching.contains(s.text(), g.text())) {
            return true;
        }
        return g.partialQuotes().stream().anyMatch(p -> Matching.textsMatch(s.text(), p));
    }

    private static String name(Map<String, Entity> entities, String id) {
        Entity e = entities.get(id);
        return e == null ? id : e.name();
    }

    private static Score.Names names(List<String> gold, Dataset system, EntityType type, CanonicalNames canonical) {
        Set<String> want = new HashSet<>();
        gold.forEach(g -> want.add(Matching.fold(g)));
        Set<String> got = new HashSet<>();
        List<String> extra = new ArrayList<>();
        int systemCount = 0;
        int systemCorrect = 0;
        for (Entity e : system.entities()) {
            if (e.type() != type || e.confidenceOrDefault() <= NAMED_CONFIDENCE) {
                continue;
            }
            systemCount++;
            String c = canonical.of(e);
            if (want.contains(c)) {
                systemCorrect++;
                got.add(c);
            } else {
                extra.add(e.name());
            }
        }
        List<String> missed = gold.stream().filter(g -> !got.contains(Matching.fold(g))).toList();
        return new Score.Names(want.size(), want.size() - missed.size(), systemCount, systemCorrect, missed, extra);
    }

    /** Maps a system entity to a gold canonical name through the gold's name variants, or its own folded name. */
    private static final class CanonicalNames {
        private final Map<String, String> byForm = new HashMap<>();

        CanonicalNames(Gold gold) {
            List<String> all = new ArrayList<>(gold.people());
            all.addAll(gold.territories());
            all.addAll(gold.organizations());
            all.forEach(n -> byForm.put(Matching.fold(n), Matching.fold(n)));
            gold.nameVariants().forEach((canonical, forms) -> forms.forEach(f ->
                    byForm.putIfAbsent(Matching.fold(f), Matching.fold(canonical))));
        }

        String of(Entity e) {
            String own = byForm.get(Matching.fold(e.name()));
            if (own != null) {
                return own;
            }
            for (String alias : e.aliases()) {
                String c = byForm.get(Matching.fold(alias));
                if (c != null) {
                    return c;
                }
            }
            return Matching.fold(e.name());
        }
    }
}
