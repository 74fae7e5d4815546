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

    private record Row(String particle, Set<String> prepositions) {
    }

    private static final Map<String, Row> ROWS = new HashMap<>();

    static {
        for (String[] row : Gazetteer.rows("/extract/target-phrases.tsv")) {
            String particle = Gazetteer.col(row, 1).strip().toLowerCase(Locale.ROOT);
            ROWS.put(Gazetteer.col(row, 0).strip().toLowerCase(Locale.ROOT), new Row(particle.equals("-") ? "" : particle,
                    Set.copyOf(Gazetteer.split(Gazetteer.col(row, 2), ","))));
        }
    }

    @Override
    public List<Found> find(Draft d) {
        List<Found> out = new ArrayList<>();
        Analysis a = d.analysis;
        for (int i = 0; i < a.tokens().size(); i++) {
            Analysis.Token t = a.token(i);
            Row row = t.tag().startsWith("VB") ? ROWS.get(t.lemma().toLowerCase(Locale.ROOT)) : null;
            SpeechLexicon.Verb verb = row == null ? null : d.lexicon.verb(t.lemma());
            if (verb == null || !a.parsed(i) || d.resolver.insideQuote(t.start()) || d.cueTaken(t.start())
                    || NOT_ATTRIBUTING.contains(a.relation(i)) || !a.children(i, "aux:pass").isEmpty()) {
                continue;
            }
            int[] range = target(a, i, row);
            Found f = range == null ? null : statement(d, i, verb, range);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
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
        int hi = a.subtree(head)[1];
        for (int k : a.children(head)) {
            int first = a.subtree(k)[0];
            // "the Pacific Pact, the trade deal …": the reporter's gloss on a name (the parse may make it a "dep")
            if (a.token(head).tag().startsWith("NNP") && k > head && a.relation(k).matches("appos|dep")
                    && a.token(first - 1).word().equals(",") && a.token(first).tag().equals("DT")) {
                hi = Math.min(hi, first - 2);
            }
        }
        for (int k : a.children(cue)) {
            if (k > hi && a.subtree(k)[0] == hi + 1 && blamed(a, k)) {
                hi = a.subtree(k)[1];
            }
        }
        return new int[]{j + 1, hi};
    }

    /**
     * Whether {@code dependent}, hung on the verb right after the target, says what the target is blamed for ("for
     * stalling the bill", "over its handling of the case"): the parse may make it a clause of the verb.
     */
    private static boolean blamed(Analysis a, int dependent) {
        String rel = a.relation(dependent);
        if (rel.startsWith("obl")) {
            return !SpeakingCircumstance.of(a, dependent);
        }
        String first = a.token(a.subtree(dependent)[0]).word().toLowerCase(Locale.ROOT);
        return rel.startsWith("advcl") && (first.equals("for") || first.equals("over"));
    }

    private static Found statement(Draft d, int cue, SpeechLexicon.Verb verb, int[] range) {
        Analysis a = d.analysis;
        int[] span = ObjectTopicSieve.phrase(d, range[0], range[1]);
        int subject = span == null ? -1 : VerbCueSieve.subjectOf(d, cue);
        Sources.Source source = subject < 0 ? null : d.sources.of(subject, cue);
        if (source == null || source.speaker() == null) {
            return null;
        }
        Found f = Found.of(span[0], span[1], false, source.speaker(), verb.act(), RULE, source.confidence());
        f.sourceStart = source.start();
        f.sourceEnd = source.end();
        return f.cue(a.token(cue).start(), a.token(cue).end());
    }
}
