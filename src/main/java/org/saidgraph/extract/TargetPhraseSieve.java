package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A verb of attack whose target stands after a preposition: "The senator railed against [the trade deal]", "the
 * governor lashed out at [the moderators for ignoring the issue]" (rule {@code verb-target}). PolNeAR's annotators
 * take the target, with what it is blamed for, as the content. {@link VerbCueSieve} reads no object there (its
 * reading of the words before the verb is a phrase of time or place, dropped) and {@code PatternVerbSieve} ran the
 * target on into the rest of the sentence ("…, taking aim at his record"), so this sieve comes before it. Which verbs
 * and prepositions qualify is data ({@code target-phrases.tsv}, measured on PolNeAR train); the phrase ends where an
 * {@link ObjectTopicSieve} topic ends, before a circumstance of the speaking ("at a rally", "on Facebook"). Nothing is
 * read from a passive verb, a verb a noun modifies, a stranded preposition ("the establishment he rails against")
 * or a verb inside a quotation.
 */
final class TargetPhraseSieve implements StatementSieve {

    static final String RULE = "verb-target";
    /** At most this many words between the verb (with its particle) and the preposition: "railed loudly against". */
    private static final int MAX_GAP = 2;
    private static final Set<String> NOT_ATTRIBUTING = Set.of("amod", "acl", "compound", "case", "fixed", "det");

    /**
     * A row of the table: the particle after the lemma ("" for none), the prepositions that open a target and, for a
     * noun, the act its carrier performs (criticism for the nouns of attack; a noun of saying names its own, as
     * "made no mention of" a statement and "made a call for" a demand). {@code saying} marks a noun of saying and a
     * carrier that may hold one ("make", "avoid"); a carrier of attack holds only the nouns of attack: "doubled down
     * on her remarks about the ferry" names the remarks, not their target, as what was said.
     */
    private record Row(String particle, Set<String> prepositions, Act act, boolean saying) {
    }

    private static final Map<String, Row> VERBS = new HashMap<>();
    private static final Map<String, Row> CARRIERS = new HashMap<>();
    private static final Map<String, Row> NOUNS = new HashMap<>();

    static {
        for (String[] row : Gazetteer.rows("/extract/target-phrases.tsv")) {
            String particle = Gazetteer.col(row, 2).strip().toLowerCase(Locale.ROOT);
            String act = Gazetteer.col(row, 4).strip();
            boolean noun = row[0].equals("noun");
            Row r = new Row(particle.equals("-") ? "" : particle,
                    Set.copyOf(Gazetteer.split(Gazetteer.col(row, 3), ",")),
                    noun && !act.isEmpty() ? Act.of(act) : Act.CRITICISM,
                    noun ? !act.isEmpty() && Act.of(act) != Act.CRITICISM : act.equals("saying"));
            String lemma = Gazetteer.col(row, 1).strip().toLowerCase(Locale.ROOT);
            switch (row[0]) {
                case "verb" -> VERBS.put(lemma, r);
                case "carrier" -> CARRIERS.put(lemma, r);
                case "noun" -> NOUNS.put(lemma, r);
                default -> throw new IllegalStateException("target-phrases.tsv: unknown kind " + row[0]);
            }
        }
    }

    /**
     * Whether {@code lemma} is a noun of attack a carrier may hold ("stepped up his attacks on …"): its sentence is
     * worth a parse.
     */
    static boolean noun(String lemma) {
        return NOUNS.containsKey(lemma);
    }

    @Override
    public List<Found> find(Draft d) {
        List<Found> out = new ArrayList<>();
        Analysis a = d.analysis;
        for (int i = 0; i < a.tokens().size(); i++) {
            Analysis.Token t = a.token(i);
            String lemma = t.lowerLemma();
            if (!t.tag().startsWith("VB") || !a.parsed(i) || d.resolver.insideQuote(t.start()) || d.cueTaken(t.start())
                    || NOT_ATTRIBUTING.contains(a.relation(i)) || !a.children(i, "aux:pass").isEmpty()) {
                continue;
            }
            SpeechLexicon.Verb verb = VERBS.containsKey(lemma) ? d.lexicon.verb(t.lemma()) : null;
            Found f = null;
            if (verb != null) {
                int[] range = target(a, i, VERBS.get(lemma));
                f = range == null ? null : statement(d, i, i, verb.act(), range);
            } else if (CARRIERS.containsKey(lemma)) {
                f = carried(d, i, CARRIERS.get(lemma));
            }
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * "stepped up his attacks on [the mayor]", "heaped criticism on [the board]": a noun of attack as the carrier's
     * object (or, after "double down on", its phrase), the target after the noun's preposition; the cue runs from the
     * carrier to the noun.
     */
    private static Found carried(Draft d, int cue, Row carrier) {
        Analysis a = d.analysis;
        int j = cue + 1;
        if (!carrier.particle().isEmpty()) {
            if (j >= a.tokens().size() || !a.token(j).word().equalsIgnoreCase(carrier.particle())) {
                return null;
            }
            j++;
        }
        for (int n : a.children(cue)) {
            Row noun = NOUNS.get(a.token(n).lowerLemma());
            String rel = a.relation(n);
            if (n < j || noun == null || noun.saying() && !carrier.saying() || !a.token(n).tag().startsWith("NN")
                    || !(rel.equals("obj") || rel.startsWith("obl") && carrier.particle().equals("down"))) {
                continue;
            }
            int p = n + 1;
            if (p >= a.tokens().size() || !noun.prepositions().contains(a.token(p).word().toLowerCase(Locale.ROOT))
                    || !"case".equals(a.relation(p))) {
                return null;
            }
            int head = a.head(p);
            boolean onNoun = a.head(head) == n && !SpeakingCircumstance.ofNoun(a, head);
            boolean onVerb = a.head(head) == cue && !SpeakingCircumstance.of(a, head);
            if (head <= p || !onNoun && !onVerb || a.token(head).tag().startsWith("W")) {
                return null;
            }
            int[] range = {p + 1, end(a, cue, head)};
            return statement(d, cue, n, noun.act(), range);
        }
        return null;
    }

    /**
     * The tokens of the target phrase after the verb's preposition, with phrases the parse hung on the verb right
     * after it ("railed against Congress [for stalling the bill]") that are not circumstances of the speaking; or null.
     */
    private static int[] target(Analysis a, int cue, Row row) {
        int j = cue + 1;
        if (!row.particle().isEmpty()) {
            if (j >= a.tokens().size() || !a.token(j).word().equalsIgnoreCase(row.particle())) {
                return null;
            }
            j++;
        }
        int limit = Math.min(a.tokens().size() - 1, j + MAX_GAP);
        while (j < limit && a.token(j).tag().startsWith("RB")) {
            j++;
        }
        if (j >= a.tokens().size() || !row.prepositions().contains(a.token(j).word().toLowerCase(Locale.ROOT))
                || !"case".equals(a.relation(j))) {
            return null;
        }
        int head = a.head(j);
        if (head <= j || a.head(head) != cue || a.token(head).tag().startsWith("W")) {
            return null;
        }
        return new int[]{j + 1, end(a, cue, head)};
    }

    /** The last token of the target phrase headed by {@code head}: its subtree, less a gloss, with what is blamed. */
    private static int end(Analysis a, int cue, int head) {
        int hi = a.subtree(head)[1];
        for (int k : a.children(head)) {
            int first = a.subtree(k)[0];
            if (k > head && SpeakingCircumstance.ofNoun(a, k)) {
                hi = Math.min(hi, first - 1); // "the port authority [in a radio interview]": the occasion
            }
            // "the Pacific Pact, the trade deal …": the reporter's gloss on a name (the parse may make it a "dep")
            if (a.token(head).tag().startsWith("NNP") && k > head && a.relation(k).matches("appos|dep")
                    && a.token(first - 1).word().equals(",") && a.token(first).tag().equals("DT")) {
                hi = Math.min(hi, first - 2);
            }
        }
        for (int k : a.children(cue)) {
            int first = a.subtree(k)[0];
            // "…, the secretary, Jane Roe, over her agency's sales": the parse may hang the name on the verb
            boolean apposition = first == hi + 2 && a.token(hi + 1).word().equals(",") && "appos".equals(a.relation(k));
            if (k > hi && (first == hi + 1 && blamed(a, k) || apposition)) {
                hi = a.subtree(k)[1];
            }
        }
        return hi;
    }

    /**
     * Whether {@code dependent}, hung on the verb right after the target, says what the target is blamed for ("for
     * stalling the bill", "over its handling of the case"): the parse may make it a clause of the verb.
     */
    private static boolean blamed(Analysis a, int dependent) {
        String rel = a.relation(dependent);
        String first = a.token(a.subtree(dependent)[0]).word().toLowerCase(Locale.ROOT);
        return (rel.startsWith("obl") || rel.startsWith("advcl")) && (first.equals("for") || first.equals("over"));
    }

    /** The statement of {@code range} said by the subject of {@code cue}; the cue's words run to {@code cueEnd}. */
    private static Found statement(Draft d, int cue, int cueEnd, Act act, int[] range) {
        Analysis a = d.analysis;
        int[] span = ObjectTopicSieve.phrase(d, range[0], range[1]);
        int subject = span == null ? -1 : VerbCueSieve.subjectOf(d, cue);
        Sources.Source source = subject < 0 ? null : d.sources.of(subject, cue);
        if (source == null || source.speaker() == null) {
            return null;
        }
        Found f = Found.of(span[0], span[1], false, source.speaker(), act, RULE, source.confidence());
        f.sourceStart = source.start();
        f.sourceEnd = source.end();
        return f.cue(a.token(cue).start(), a.token(cueEnd).end());
    }
}
