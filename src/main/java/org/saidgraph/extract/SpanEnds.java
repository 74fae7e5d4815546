package org.saidgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a reported statement ends, learned: every phrase that closes a reported statement in the parse (a dependent
 * whose subtree runs from just after a word of the statement to its end — a conjunct, a relative clause, an
 * apposition, a prepositional phrase, a clause of time …) is described by keys from specific to general (its
 * relation to its head, whether it has a subject of its own, whether it hangs on the speech verb, the punctuation
 * before it, and its first word or that word's part of speech), and a table computed from annotated news by
 * {@code saidgraph learn-bounds} says, per key, whether the annotators keep such a phrase in the reported content or
 * leave it out. The table is {@code src/main/resources/extract/span-ends-learned.tsv}; it holds only counts.
 */
public final class SpanEnds {

    /**
     * A phrase that closes a reported statement, or (an {@code extension}) the phrase right after it that hangs on
     * one of its words: its keys (most specific first; an extension's begin with {@link #NEXT}), where the statement
     * would end without it or with it ({@code end}, a character offset), and where the phrase begins
     * ({@code opener}, the offset of its first word).
     */
    public record Candidate(List<String> keys, int end, int opener, boolean extension) {
    }

    /** The prefix of the keys of a phrase that follows a statement, which the statement may take in. */
    public static final String NEXT = "next:";

    /**
     * What the table says of one key: how often annotated content kept and left out such a phrase, and whether the
     * statement is to be ended before it (a closing phrase) or to take it in (a following phrase).
     */
    public record Verdict(int keep, int leave, boolean apply) {
    }

    /** The part-of-speech tags whose words are few and telling enough to be keys themselves ("and", "which", "in"). */
    private static final Set<String> WORD_TAGS = Set.of("CC", "IN", "TO", "DT", "WDT", "WP", "WP$", "WRB", "RB",
            "VBG", "VBN");

    /** The tokens that set a phrase off (not "$" or "%", which belong to the words they stand by). */
    private static final Set<String> PUNCTUATION = Set.of(",", ";", ":", ".", "!", "?", "...", "…", "--", "—", "–",
            "-", "-LRB-", "-RRB-", "(", ")", "``", "''", "\"", "“", "”", "‘", "’", "'", "`");

    private static final SpanEnds SHIPPED = read(SpanEnds.class.getResourceAsStream("/extract/span-ends-learned.tsv"));

    private final Map<String, Verdict> table;

    SpanEnds(Map<String, Verdict> table) {
        this.table = Map.copyOf(table);
    }

    /** The table that ships with the project (computed on PolNeAR train). */
    static SpanEnds shipped() {
        return SHIPPED;
    }

    /**
     * Reads a table written by {@code learn-bounds}: rows of key, times kept, times left out, other counts, and last
     * the verdict ("cut" or "keep"); "#" comments.
     */
    static SpanEnds read(InputStream in) {
        Map<String, Verdict> table = new HashMap<>();
        if (in == null) {
            return new SpanEnds(table);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length < 4) {
                    throw new IllegalArgumentException("span-ends table: expected key, keep, leave, verdict in " + line);
                }
                String verdict = c[c.length - 1].trim();
                table.put(c[0], new Verdict(Integer.parseInt(c[1].trim()), Integer.parseInt(c[2].trim()),
                        verdict.equals("cut") || verdict.equals("extend")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SpanEnds(table);
    }

    /** The verdict of the most specific key of {@code c} that the table holds, or null (the phrase stays). */
    Verdict verdict(Candidate c) {
        for (String key : c.keys()) {
            Verdict v = table.get(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    int size() {
        return table.size();
    }

    /**
     * The phrases that close {@code f} in the parse, in text order (the earliest first); none when {@code f} is
     * verbatim, in parts, or its sentence was not parsed. A phrase inside a quotation is never one.
     */
    static List<Candidate> candidates(Draft draft, Found f) {
        List<Candidate> out = new ArrayList<>();
        Analysis a = draft.analysis;
        int first = a.tokenAt(f.start);
        if (f.verbatim || f.quoteOnly || f.parts.size() > 1 || first < 0 || !a.parsed(first)) {
            return out;
        }
        int last = first;
        while (last + 1 < a.tokens().size() && a.token(last + 1).start() < f.end) {
            last++;
        }
        while (last > first && punctuation(a.token(last))) {
            last--;
        }
        int cue = f.cue >= 0 ? a.tokenAt(f.cue) : -1;
        Set<Integer> seen = new HashSet<>();
        for (int i = first + 1; i <= last; i++) {
            if (punctuation(a.token(i)) || !a.parsed(i) || a.sentenceOf(i) != a.sentenceOf(first)
                    || draft.resolver.insideQuote(a.token(i).start())) {
                continue;
            }
            String punct = punctuation(a.token(i - 1)) ? mark(a.token(i - 1).word()) : "";
            int from = punct.isEmpty() ? i : i - 1;
            int h = i;
            while (a.head(h) >= 0 && a.head(h) != cue && a.subtree(a.head(h))[0] >= from) {
                h = a.head(h);
            }
            int[] sub = a.subtree(h);
            if (a.head(h) < 0 || h == cue || sub[0] < from || sub[1] < last || !seen.add(h)
                    || cue >= 0 && a.dominates(h, cue) || punct.equals("\"")) {
                continue;
            }
            out.add(new Candidate(keys(a, h, i, cue, punct, ""), ReportedSpanBounds.before(draft, i, f.start),
                    a.token(i).start(), false));
        }
        return out;
    }

    /**
     * The phrase right after {@code f} in its sentence that hangs on a word of {@code f} or on its cue ("… she plans
     * to run<i>, but she admits that …</i>", "… would cost more<i>, even if …</i>"), which the sieve that bounded
     * {@code f} left out; null when there is none, when {@code f} is verbatim or in parts, or when the phrase holds
     * the cue or runs into it.
     */
    static Candidate following(Draft draft, Found f) {
        Analysis a = draft.analysis;
        int first = a.tokenAt(f.start);
        if (f.verbatim || f.quoteOnly || f.parts.size() > 1 || first < 0 || !a.parsed(first)) {
            return null;
        }
        int last = first;
        while (last + 1 < a.tokens().size() && a.token(last + 1).start() < f.end) {
            last++;
        }
        Analysis.Sentence s = a.sentences().get(a.sentenceOf(first));
        int j = last + 1;
        String punct = "";
        while (j < s.end() && punctuation(a.token(j))) {
            if (!punct.isEmpty() || a.token(j).word().matches("[.!?;:]|\\.\\.\\.|…")) {
                return null; // the sentence, or its part, ends here
            }
            punct = mark(a.token(j).word());
            j++;
        }
        if (j >= s.end() || punct.equals("\"") || a.sentenceOf(last) != a.sentenceOf(first)) {
            return null;
        }
        int cue = f.cue >= 0 ? a.tokenAt(f.cue) : -1;
        int from = punct.isEmpty() ? j : j - 1;
        int h = j;
        while (a.head(h) >= 0 && a.head(h) != cue && a.subtree(a.head(h))[0] >= from) {
            h = a.head(h);
        }
        int[] sub = a.subtree(h);
        int governor = a.head(h);
        if ((governor < first || governor > last) && governor != cue || h == cue || cue >= 0 && (a.dominates(h, cue)
                || cue > last && sub[1] >= cue)) {
            return null;
        }
        int hi = sub[1];
        while (hi > j && punctuation(a.token(hi)) && !Quotes.isMark(a.token(hi).word().charAt(0))) {
            hi--;
        }
        return new Candidate(keys(a, h, j, cue, punct, NEXT), a.token(hi).end(), a.token(j).start(), true);
    }

    /** The phrases that close {@code f}, then the one that follows it, if any: what {@code learn-bounds} counts. */
    static List<Candidate> all(Draft draft, Found f) {
        List<Candidate> out = candidates(draft, f);
        Candidate next = following(draft, f);
        if (next != null) {
            out.add(next);
        }
        return out;
    }

    /** The keys of the phrase headed by {@code h} opening at {@code opener}, most specific first. */
    static List<String> keys(Analysis a, int h, int opener, int cue, String punct, String prefix) {
        String rel = VerbCueSieve.base(a.relation(h));
        if (!a.children(h, "nsubj").isEmpty() || !a.children(h, "nsubj:pass").isEmpty()) {
            rel += "+subj";
        }
        if (cue >= 0 && a.head(h) == cue) {
            rel += "@cue";
        }
        Analysis.Token t = a.token(opener);
        String head = prefix + rel + "|" + (punct.isEmpty() ? "_" : punct);
        String tag = head + "|" + t.tag();
        if (WORD_TAGS.contains(t.tag())) {
            return List.of(head + "|" + t.word().toLowerCase(Locale.ROOT), tag, head);
        }
        return List.of(tag, head);
    }

    private static String mark(String word) {
        return switch (word) {
            case "--", "—", "–", "-" -> "—";
            case "``", "''", "“", "”", "\"" -> "\"";
            case "-LRB-", "(" -> "(";
            default -> word;
        };
    }

    private static boolean punctuation(Analysis.Token t) {
        return PUNCTUATION.contains(t.word());
    }

    /**
     * Cut {@code learned-end}: a reported statement ends before the first phrase closing it whose key the learned
     * table says the annotators leave out. (A cut only moves an end back; {@link #extend} takes a phrase in.)
     */
    static final class Learned implements ReportedSpanBounds.Cut {

        private final SpanEnds table;

        Learned(SpanEnds table) {
            this.table = table;
        }

        @Override
        public String name() {
            return "learned-end";
        }

        @Override
        public int end(Draft draft, Found f) {
            for (Candidate c : candidates(draft, f)) {
                Verdict v = table.verdict(c);
                if (v != null && v.apply()) {
                    return c.end();
                }
            }
            return f.end;
        }
    }

    /**
     * Step {@code learned-extension}: a reported statement that no cut moved takes in the phrase that follows it
     * ({@link #following}) when the learned table says the annotators keep such a phrase in what was said.
     */
    void extend(Draft draft, Found f) {
        Candidate c = following(draft, f);
        Verdict v = c == null ? null : verdict(c);
        if (v != null && v.apply() && c.end() > f.end) {
            f.untrimmedEnd = f.end;
            f.end = c.end();
            f.trimmedBy = "learned-extension";
        }
    }
}
