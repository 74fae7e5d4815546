package org.saidgraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides which utterance each of a set of statements belongs to, given the candidates the index found for them
 * ({@link LinkKeys}). The rules, in order of confidence, each only between statements of the same speaker said
 * within {@link LinkKeys#DAYS} days of each other:
 * <ol>
 *   <li>a verbatim statement with the same words as an utterance's verbatim text joins it ({@link Match#EXACT} when
 *   the texts are identical, otherwise {@link Match#NORMALISED});</li>
 *   <li>a verbatim statement of at least {@link LinkKeys#WINDOW} words found inside exactly one utterance's longer
 *   verbatim text joins it ({@link Match#CONTAINED}, scored by the share of the words it has); inside two or more
 *   different ones it is ambiguous and stays an utterance of its own, since a false merge is worse than a missed
 *   one;</li>
 *   <li>a verbatim statement that contains the whole verbatim text of one or more utterances (each of at least
 *   {@link LinkKeys#WINDOW} words) becomes their text, and they become one utterance;</li>
 *   <li>otherwise a statement joins the utterance of the most similar statement of the same act and mentions whose
 *   wording scores at least {@link Paraphrase#THRESHOLD}, where at least one of the two is reported speech (two
 *   different verbatim quotations are two utterances, however alike); reported speech is compared with a quotation
 *   as a whole and with each run of its sentences, and may name fewer of its entities, since outlets often report
 *   only part of what was said ({@link LinkStatement#sameFrame}, {@link Paraphrase#reportedSimilarity}); reported
 *   speech joins an utterance only if it agrees with every report already there ({@link ReportAgreement}: complete
 *   linkage among reports), else it joins the best utterance it agrees with;</li>
 *   <li>otherwise it is an utterance of its own.</li>
 * </ol>
 * Whatever it joins, a statement also brings along the utterances known only as reported speech whose wording it
 * matches as in rule 4 and whose reports all agree with those of its utterance (never an utterance with a verbatim
 * text), so that a paraphrase linked before the quotation it reports ends up where it would have been linked after
 * it.
 * Longer quotations are decided first, so that their cuts find them; reported speech after all quotations. The
 * result depends only on the statements and candidates, not on the order they are given in.
 */
public final class Linking {

    private Linking() {
    }

    /** A statement linked to its utterance, and how. */
    public record Link(String statementId, Match match, double score) {
    }

    /**
     * One utterance after linking: the existing utterances it is made of ({@code utterances}, sorted; more than one
     * when a longer quotation joined them, none for a new utterance) and the statements that join it now.
     */
    public record Group(List<String> utterances, List<Link> links) {
    }

    public static List<Group> plan(List<LinkStatement> incoming, List<Candidate> candidates) {
        return plan(incoming, candidates, Map.of());
    }

    /**
     * As {@link #plan(List, List)}, knowing the reports ({@code verbatim: false} occurrences) of the candidates'
     * utterances, by utterance id: reported speech joins an utterance only if it agrees with all of them
     * ({@link ReportAgreement}). Reports not given are known only when they are among the candidates.
     */
    public static List<Group> plan(List<LinkStatement> incoming, List<Candidate> candidates,
                                   Map<String, List<LinkStatement>> reports) {
        return new Run(incoming, candidates, reports).decide();
    }

    /**
     * The existing utterances among {@code candidates} whose reports {@link #plan} may consult: those it can reach,
     * through the candidates of the statements being linked, from a pair of statements whose wording matches as
     * reported speech ({@link Paraphrase#THRESHOLD}). Only such a pair makes it ask whether reports agree (a report
     * joining an utterance, or one utterance taking in another), and it asks only about utterances so connected; an
     * utterance joined by quotation rules alone never needs its reports. So the loader reads the reports of these
     * utterances only, and plans the same.
     */
    public static Set<String> reportsNeeded(List<LinkStatement> incoming, List<Candidate> candidates) {
        Map<String, LinkStatement> byId = new HashMap<>();
        incoming.forEach(s -> byId.put(s.id(), s));
        Map<String, String> parent = new HashMap<>();
        Set<String> matched = new HashSet<>();
        for (Candidate c : candidates) {
            LinkStatement s = byId.get(c.forStatement());
            LinkStatement other = c.statement();
            if (s == null || other.id().equals(s.id()) || !other.speaker().equals(s.speaker())
                    || !s.nearInTime(other)) {
                continue;
            }
            String a = root(parent, "s:" + s.id());
            String b = root(parent, c.utteranceId() != null ? "u:" + c.utteranceId() : "s:" + other.id());
            if (!a.equals(b)) {
                parent.put(a, b);
            }
            if (Run.reportedSimilarity(s, other) >= Paraphrase.THRESHOLD) {
                matched.add(b);
            }
        }
        Set<String> matchedRoots = new HashSet<>();
        matched.forEach(m -> matchedRoots.add(root(parent, m)));
        Set<String> needed = new TreeSet<>();
        for (String node : List.copyOf(parent.keySet())) {
            if (node.startsWith("u:") && matchedRoots.contains(root(parent, node))) {
                needed.add(node.substring(2));
            }
        }
        for (String node : matchedRoots) {
            if (node.startsWith("u:")) {
                needed.add(node.substring(2));
            }
        }
        return needed;
    }

    private static String root(Map<String, String> parent, String node) {
        String r = node;
        for (String p = parent.get(r); p != null; p = parent.get(r)) {
            r = p;
        }
        for (String n = node, p = parent.get(n); p != null; n = p, p = parent.get(n)) {
            parent.put(n, r);
        }
        return r;
    }

    /** An utterance while deciding: existing or new, merged into {@code parent} when a longer quotation joined it. */
    private static final class Cluster {
        final String key;
        final String existingId;
        Cluster parent;
        String text;
        List<String> words;
        boolean verbatim;
        final List<Link> links = new ArrayList<>();
        /** Its reports known so far, by statement id, and its longest quotation (null if none): for agreement. */
        final Map<String, LinkStatement> reports = new LinkedHashMap<>();
        String quotation;

        Cluster(String key, String existingId, String text, boolean verbatim) {
            this.key = key;
            this.existingId = existingId;
            this.text = text;
            this.words = Wording.words(text);
            this.verbatim = verbatim;
            this.quotation = verbatim ? text : null;
        }

        /** Learns an occurrence: a report, or a quotation that may be its longest. */
        void know(LinkStatement s) {
            if (s.verbatim()) {
                knowQuotation(s.text());
            } else {
                reports.put(s.id(), s);
            }
        }

        void knowQuotation(String text) {
            if (text != null && (quotation == null || Wording.words(text).size() > Wording.words(quotation).size())) {
                quotation = text;
            }
        }

        /** Whether reported speech {@code s} agrees with every report of this utterance. */
        boolean agrees(LinkStatement s) {
            for (LinkStatement r : reports.values()) {
                if (!r.id().equals(s.id()) && !ReportAgreement.agree(s, r, quotation)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether every report of {@code other} agrees with every report of this utterance. */
        boolean agrees(Cluster other) {
            String longer = quotation == null || other.quotation != null
                    && Wording.words(other.quotation).size() > Wording.words(quotation).size()
                    ? other.quotation : quotation;
            for (LinkStatement a : other.reports.values()) {
                for (LinkStatement r : reports.values()) {
                    if (!r.id().equals(a.id()) && !ReportAgreement.agree(a, r, longer)) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** This utterance becomes part of {@code root}, which learns its reports and quotation. */
        void mergeInto(Cluster root) {
            parent = root;
            root.reports.putAll(reports);
            root.knowQuotation(quotation);
        }

        Cluster root() {
            Cluster c = this;
            while (c.parent != null) {
                c = c.parent;
            }
            return c;
        }
    }

    private record Found(Cluster cluster, LinkStatement statement) {
    }

    private static final class Run {
        final List<LinkStatement> incoming;
        final Map<String, List<Candidate>> candidates = new HashMap<>();
        final Map<String, Cluster> existing = new TreeMap<>();
        final Map<String, Cluster> assigned = new HashMap<>();
        final List<Cluster> created = new ArrayList<>();

        Run(List<LinkStatement> incoming, List<Candidate> found, Map<String, List<LinkStatement>> reports) {
            this.incoming = incoming;
            for (Candidate c : found) {
                candidates.computeIfAbsent(c.forStatement(), k -> new ArrayList<>()).add(c);
                if (c.utteranceId() != null) {
                    Cluster cluster = existing.computeIfAbsent(c.utteranceId(), id -> new Cluster("0:" + id, id,
                            c.utteranceText(), c.utteranceVerbatim()));
                    if (!c.statement().verbatim()) {
                        cluster.know(c.statement());
                    }
                }
            }
            reports.forEach((id, list) -> {
                Cluster cluster = existing.get(id);
                if (cluster != null) {
                    list.stream().filter(r -> !r.verbatim()).forEach(cluster::know);
                }
            });
        }

        List<Group> decide() {
            List<LinkStatement> order = new ArrayList<>(incoming);
            // Each quotation's words counted once, not at every comparison of the sort.
            Map<String, Integer> length = new HashMap<>();
            incoming.forEach(s -> length.put(s.id(), s.verbatim() ? Wording.words(s.text()).size() : 0));
            order.sort(Comparator.comparing((LinkStatement s) -> !s.verbatim())
                    .thenComparing(s -> -length.get(s.id()))
                    .thenComparing(s -> s.day() == null ? Long.MAX_VALUE : s.day())
                    .thenComparing(LinkStatement::id));
            for (LinkStatement s : order) {
                List<Found> found = resolve(s);
                Cluster target = s.verbatim() ? verbatim(s, found) : null;
                if (target == null) {
                    target = paraphrase(s, found);
                }
                if (target == null) {
                    target = new Cluster("1:" + s.id(), null, s.text(), s.verbatim());
                    created.add(target);
                    join(s, target, Match.EXACT, 1.0);
                }
                absorbReportedSpeech(s, found, target);
            }
            return groups();
        }

        /** The clusters of the candidates found for {@code s}, skipping statements not decided yet. */
        private List<Found> resolve(LinkStatement s) {
            List<Found> found = new ArrayList<>();
            for (Candidate c : candidates.getOrDefault(s.id(), List.of())) {
                LinkStatement other = c.statement();
                if (other.id().equals(s.id()) || !other.speaker().equals(s.speaker()) || !s.nearInTime(other)) {
                    continue;
                }
                Cluster cluster = c.utteranceId() != null ? existing.get(c.utteranceId()) : assigned.get(other.id());
                if (cluster != null) {
                    found.add(new Found(cluster.root(), other));
                }
            }
            return found;
        }

        /** The cluster {@code s} joins by the rules for quotations, or null. */
        private Cluster verbatim(LinkStatement s, List<Found> found) {
            List<String> words = Wording.words(s.text());
            if (words.isEmpty()) {
                return null;
            }
            Map<String, Cluster> equal = new TreeMap<>();
            Map<String, Cluster> inside = new TreeMap<>();
            Map<String, Cluster> around = new TreeMap<>();
            for (Found f : found) {
                Cluster c = f.cluster().root();
                if (!c.verbatim) {
                    continue;
                }
                if (c.words.equals(words)) {
                    equal.put(c.key, c);
                } else if (words.size() >= LinkKeys.WINDOW && c.words.size() > words.size()
                        && Wording.indexOf(c.words, words) >= 0) {
                    inside.put(c.key, c);
                } else if (c.words.size() >= LinkKeys.WINDOW && c.words.size() < words.size()
                        && Wording.indexOf(words, c.words) >= 0) {
                    around.put(c.key, c);
                }
            }
            if (!equal.isEmpty()) {
                Cluster c = equal.values().iterator().next();
                join(s, c, s.text().equals(c.text) ? Match.EXACT : Match.NORMALISED, 1.0);
                return c;
            }
            if (inside.size() == 1) {
                Cluster c = inside.values().iterator().next();
                join(s, c, Match.CONTAINED, round((double) words.size() / c.words.size()));
                return c;
            }
            if (inside.isEmpty() && !around.isEmpty()) {
                Cluster root = around.values().iterator().next();
                around.values().stream().skip(1).forEach(c -> c.mergeInto(root));
                root.text = s.text();
                root.words = words;
                join(s, root, Match.EXACT, 1.0);
                return root;
            }
            return null;
        }

        /**
         * The cluster {@code s} joins as reported speech, or null: of the clusters with a statement of the same
         * act and mentions whose wording is similar enough (and, when {@code s} is reported speech, with whose every
         * report it agrees), a verbatim one before one of reported speech only, then the most similar, then the
         * first.
         */
        private Cluster paraphrase(LinkStatement s, List<Found> found) {
            Cluster best = null;
            double bestScore = 0;
            Map<Cluster, Boolean> agreeing = new HashMap<>();
            for (Found f : found) {
                double score = reportedSimilarity(s, f.statement());
                Cluster c = f.cluster().root();
                if (score >= Paraphrase.THRESHOLD && (best == null || better(c, score, best, bestScore))
                        && (s.verbatim() || agreeing.computeIfAbsent(c, k -> k.agrees(s)))) {
                    best = c;
                    bestScore = score;
                }
            }
            if (best == null) {
                return null;
            }
            join(s, best, Match.PARAPHRASE, round(bestScore));
            return best;
        }

        private static boolean better(Cluster c, double score, Cluster best, double bestScore) {
            if (c.verbatim != best.verbatim) {
                return c.verbatim;
            }
            return score > bestScore || (score == bestScore && c.key.compareTo(best.key) < 0);
        }

        /**
         * Utterances known only as reported speech that {@code s} matches join its utterance too, if all their
         * reports agree with its reports: otherwise a paraphrase loaded before the quotation it reports would stay
         * apart, while loaded after it would join. Utterances with a verbatim text never merge this way: two
         * different quotations stay two.
         */
        private void absorbReportedSpeech(LinkStatement s, List<Found> found, Cluster target) {
            Cluster root = target.root();
            for (Found f : found) {
                Cluster c = f.cluster().root();
                if (c != root && !c.verbatim && reportedSimilarity(s, f.statement()) >= Paraphrase.THRESHOLD
                        && root.agrees(c)) {
                    c.mergeInto(root);
                }
            }
        }

        /** The similarity of two statements' wording when one of them is reported speech of the same frame; else 0. */
        private static double reportedSimilarity(LinkStatement s, LinkStatement other) {
            if (!s.sameFrame(other) || (s.verbatim() && other.verbatim())) {
                return 0;
            }
            if (s.verbatim()) {
                return Paraphrase.reportedSimilarity(other.text(), s.text(), s.act());
            }
            if (other.verbatim()) {
                return Paraphrase.reportedSimilarity(s.text(), other.text(), s.act());
            }
            return Paraphrase.similarity(s.text(), other.text(), s.act());
        }

        private void join(LinkStatement s, Cluster c, Match match, double score) {
            c.links.add(new Link(s.id(), match, score));
            c.root().know(s);
            assigned.put(s.id(), c);
        }

        private List<Group> groups() {
            Map<Cluster, List<String>> utterances = new LinkedHashMap<>();
            Map<Cluster, List<Link>> links = new LinkedHashMap<>();
            List<Cluster> all = new ArrayList<>(existing.values());
            all.addAll(created);
            for (Cluster c : all) {
                Cluster root = c.root();
                if (c.existingId != null) {
                    utterances.computeIfAbsent(root, k -> new ArrayList<>()).add(c.existingId);
                }
                links.computeIfAbsent(root, k -> new ArrayList<>()).addAll(c.links);
            }
            List<Group> groups = new ArrayList<>();
            for (Map.Entry<Cluster, List<Link>> e : links.entrySet()) {
                List<String> ids = utterances.getOrDefault(e.getKey(), List.of()).stream().sorted().toList();
                if (!e.getValue().isEmpty() || ids.size() > 1) {
                    List<Link> sorted = e.getValue().stream().sorted(Comparator.comparing(Link::statementId)).toList();
                    groups.add(new Group(ids, sorted));
                }
            }
            groups.sort(Comparator.comparing((Group g) -> g.utterances().isEmpty() ? "" : g.utterances().get(0))
                    .thenComparing(g -> g.links().isEmpty() ? "" : g.links().get(0).statementId()));
            return groups;
        }
    }

    static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
