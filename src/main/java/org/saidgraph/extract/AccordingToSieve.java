package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * "According to X, …" and "…, according to X.": X is the source (a name, or a description: "one global index", "the
 * congressional report"), and what was said is the rest of the sentence, on whichever side of the attribution it
 * stands. An outlet so named relays what someone else in the sentence said (see {@link Extractor}). Each shape
 * records its own rule name (session 19, measured on all 840 PolNeAR train articles; docs/extraction.md): a phrase
 * after a colon, a subordinator or a sentence's opening word opens the clause after it; one closing a clause may
 * attribute only the part after a colon, inside a parenthesis or the absolute phrase of a figure ", with …".
 */
final class AccordingToSieve implements StatementSieve {

    /** The plain reading: the clause the phrase closes, or the rest of the sentence after a fronted phrase. */
    static final String RULE = "according-to";
    /** "…: According to X, …", "…, because, according to X, …", "But, according to X, …": the clause after. */
    static final String FRONTED_RULE = "according-to-fronted";
    /** "…: London was …, according to X": the clause after the colon. */
    static final String COLON_RULE = "according-to-after-colon";
    /** "(… were ferry users, according to a port survey)": the words of the parenthesis. */
    static final String PAREN_RULE = "according-to-parenthesis";
    /** "…, with 56 percent viewing him well, according to a poll": the absolute phrase of a figure. */
    static final String WITH_RULE = "according-to-with";
    /** A source phrase that names nobody as a whole, named by its head noun ("an ABC News poll last week"). */
    static final String HEAD_RULE = "according-to-head";
    /** Words after which "according to X" opens the clause that follows it rather than closing one. */
    /** Words that open a relative clause describing the source ({@link #pastRelativeClause}). */
    /**
     * Participles whose agent only came to hold the source ("a letter seen by the paper", "obtained by"): the
     * document speaks, not its holder ({@code speaker-nouns.tsv}, kind {@code holding}).
     */
    private static final java.util.Set<String> HOLDING = Gazetteer.words("/extract/speaker-nouns.tsv", "holding");
    /**
     * Participles whose agent issued the document ("a poll conducted by", "an average compiled by", "excerpts
     * released by", "a declaration filed by"): PolNeAR names the document itself as the source, not its issuer
     * ({@code speaker-nouns.tsv}, kind {@code issuing}; session 33).
     */
    private static final java.util.Set<String> ISSUING = Gazetteer.words("/extract/speaker-nouns.tsv", "issuing");
    private static final java.util.Set<String> RELATIVES = java.util.Set.of("which", "who", "whom", "whose");
    private static final java.util.Set<String> OPENERS = java.util.Set.of("after", "because", "while",
            "although", "though", "since", "before", "if", "when", "whereas", "but", "and", "so", "now", "however",
            "yet", "until", "unless", "as", "once");

    private final String text;
    private final Analysis analysis;
    private final SpeakerResolver resolver;
    private final Sources sources;
    private final SpeechLexicon lexicon;

    AccordingToSieve() {
        this(null);
    }

    private AccordingToSieve(Draft d) {
        this.text = d == null ? null : d.text;
        this.analysis = d == null ? null : d.analysis;
        this.resolver = d == null ? null : d.resolver;
        this.sources = d == null ? null : d.sources;
        this.lexicon = d == null ? null : d.lexicon;
    }

    @Override
    public List<Found> find(Draft draft) {
        return new AccordingToSieve(draft).find();
    }

    private List<Found> find() {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i + 2 < analysis.tokens().size(); i++) {
            if (!analysis.token(i).word().equalsIgnoreCase("according")
                    || !analysis.token(i + 1).word().equalsIgnoreCase("to") || resolver.insideQuote(
                    analysis.token(i).start())) {
                continue;
            }
            Found f = at(i);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    private Found at(int according) {
        Analysis.Sentence s = analysis.sentences().get(analysis.sentenceOf(according));
        // The source phrase runs to the next comma, dash, parenthesis or the sentence end.
        int first = according + 2;
        int last = first;
        while (last + 1 < s.end() && !boundary(last + 1)) {
            last++;
        }
        if (first >= s.end() || boundary(first)) {
            return null;
        }
        int head = head(first, last);
        // "According to the report, which the paper obtained, …": a relative clause on the source is the reporter's
        // description of it, neither what was said nor a boundary of it; what was said comes after its comma.
        last = pastRelativeClause(last, s);
        Sources.Source source = agent(head, according);
        if (source == null) {
            source = sources.of(head, according);
        }
        String rule = RULE;
        if (source == null || source.speaker() == null) {
            source = headOnly(first, head);
            rule = HEAD_RULE;
        }
        if (source == null || source.speaker() == null) {
            return null;
        }
        int lo;
        int hi;
        int before = according - 1;
        while (before >= s.first() && (analysis.token(before).word().equals("(") || analysis.token(before).tag()
                .equals("CC"))) {
            before--;
        }
        int after = last + 1;
        while (after < s.end() && boundary(after)) {
            after++;
        }
        boolean opens = before >= s.first() && after < s.end() - 1 && opensClause(before, s);
        if (before < s.first() || opens) {
            // "According to X, …", "…: According to X, …", "…, because, according to X, …": the rest of the sentence.
            if (opens) {
                rule = FRONTED_RULE;
            }
            lo = after;
            hi = s.end() - 1;
        } else {
            // "…, according to X." and "…, according to X, …", after a dateline or a live blog's timestamp.
            lo = SubjectRepairs.datelineEnd(analysis, s);
            hi = before;
            // A phrase closing a parenthesis inside the sentence closes the parenthesis: "Towns like Marrow (nine in
            // ten were fishermen, according to the census), Dunley and Peel …".
            boolean parenthesis = last + 1 < s.end() && analysis.token(last + 1).word().equals(")")
                    && parenthesisBefore(lo, hi) >= 0;
            boolean described = after < s.end() - 1 && sourceApposition(last, s);
            if (after < s.end() - 1 && analysis.token(before).word().matches(",|-|--|—|–") && !parenthesis
                    && !described) {
                hi = s.end() - 1; // the attribution stands inside the clause it attributes
            } else if (!described) {
                // What X said may be only the last part of the clause the phrase closes.
                int colon = colonBefore(lo, hi);
                if (colon >= 0) {
                    lo = colon + 1;
                    rule = COLON_RULE;
                }
                int paren = parenthesisBefore(lo, hi);
                if (paren >= 0) {
                    lo = paren + 1;
                    rule = PAREN_RULE;
                }
                int with = withBefore(lo, hi);
                if (with >= 0) {
                    lo = with + 1;
                    rule = WITH_RULE;
                }
            }
        }
        lo = pastInnerAttribution(lo, hi);
        while (hi >= lo && ".,;:)(".contains(analysis.token(hi).word())) {
            hi--;
        }
        while (lo <= hi && ",;:)(".contains(analysis.token(lo).word())) {
            lo++;
        }
        if (hi - lo < 2) {
            return null;
        }
        int start = analysis.token(lo).start();
        int end = analysis.token(hi).end();
        Found f = new Found(start, end, false);
        f.act = Act.CLAIM;
        f.rule = rule;
        f.speaker = source.speaker();
        f.confidence = Math.min(0.7, source.confidence());
        f.sourceStart = source.start();
        f.sourceEnd = source.end();
        f.cue = analysis.token(according).start();
        f.cueEnd = analysis.token(according + 1).end();
        return f;
    }

    /**
     * "according to figures released by the finance office": the one who released the figures (the agent of a
     * participle after the head) is the source, when it names a speaker; so is the one who made "an analysis by Jane
     * Roe, a law professor at …" (a common noun with "by" after it). Not the one who only came to hold it ("a letter
     * seen by the paper").
     */
    private Sources.Source agent(int head, int according) {
        if (analysis.token(head).tag().equals("NN") || analysis.token(head).tag().equals("NNS")) {
            Sources.Source maker = by(head, "nmod", according);
            if (maker != null) {
                return maker;
            }
        }
        for (int acl : analysis.children(head)) {
            if (acl > head && analysis.relation(acl).startsWith("acl")
                    && !HOLDING.contains(analysis.token(acl).lowerLemma())
                    && !ISSUING.contains(analysis.token(acl).lowerLemma())) {
                Sources.Source agent = by(acl, "obl", according);
                if (agent != null) {
                    return agent;
                }
            }
        }
        return null;
    }

    /** The speaker a phrase with "by" after {@code word}, hung on it with a relation {@code relation}…, names. */
    private Sources.Source by(int word, String relation, int according) {
        for (int c : analysis.children(word)) {
            boolean by = analysis.children(c, "case").stream()
                    .anyMatch(k -> analysis.token(k).word().equalsIgnoreCase("by"));
            if (c > word && analysis.relation(c).startsWith(relation) && by) {
                Sources.Source agent = sources.of(c, according);
                if (agent != null && agent.speaker() != null) {
                    return agent;
                }
            }
        }
        return null;
    }

    /**
     * "X was working, he said, and Y, according to Z": the words before the inner attribution are the inner
     * speaker's, not Z's, so Z's clause starts after it (and after a conjunction that joins the two).
     */
    private int pastInnerAttribution(int lo, int hi) {
        int from = lo;
        for (int i = lo + 1; i + 1 <= hi; i++) {
            if (!analysis.token(i).word().equals(",")) {
                continue;
            }
            int verb = i + 1;
            while (verb <= hi && verb - i <= 4 && !analysis.token(verb).tag().startsWith("VB")) {
                verb++;
            }
            // The verb must be one: "Jane Roe, a former head of the port, attended …" has none within four words.
            if (verb + 1 > hi || verb == i + 1 || !analysis.token(verb).tag().startsWith("VB")
                    || !analysis.token(verb + 1).word().equals(",")
                    || lexicon.verbForm(analysis.token(verb).word().toLowerCase(java.util.Locale.ROOT)) == null) {
                continue;
            }
            int next = verb + 2;
            while (next <= hi && (analysis.token(next).tag().equals("CC") || analysis.token(next).word().equals(","))) {
                next++;
            }
            if (hi - next >= 2) {
                from = next;
            }
        }
        return from;
    }

    /**
     * "…: According to recent polls, …", "…, because, according to X, …", "But, according to the poll, …", "Now,
     * according to …": what stands before the phrase only leads into the clause after it, which is what X said.
     */
    private boolean opensClause(int before, Analysis.Sentence s) {
        int p = before;
        if (analysis.token(p).word().equals(":")) {
            return true;
        }
        while (p >= s.first() && analysis.token(p).word().matches(",|--|—|–|-")) {
            p--;
        }
        if (p < s.first()) {
            return false;
        }
        Analysis.Token t = analysis.token(p);
        String w = t.word().toLowerCase(java.util.Locale.ROOT);
        if (!OPENERS.contains(w) || !(t.tag().equals("IN") || t.tag().equals("CC") || t.tag().equals("RB")
                || t.tag().equals("WDT"))) {
            return false;
        }
        // A sentence adverb ("Now", "However") or a conjunction opens only the sentence ("and, according to X,
        // adopted …" goes on with the subject before it); a subordinator anywhere.
        return t.tag().equals("IN") || p == s.first() || p == s.first() + 1 && analysis.token(s.first()).tag()
                .equals("CC");
    }

    /** "Even so, the toll has not hurt trade: Kellby was …, according to X": X's words begin after the colon. */
    private int colonBefore(int lo, int hi) {
        for (int i = hi; i > lo; i--) {
            if (analysis.token(i).word().equals(":") && !resolver.insideQuote(analysis.token(i).start())) {
                // Not a colon that introduces a quotation ("said: “…,” according to a letter"): that is the
                // quotation's own attribution.
                String next = analysis.token(i + 1).word();
                return hi - i >= 3 && !next.matches("[\"“‘'`]+") ? i : -1;
            }
        }
        return -1;
    }

    /**
     * "Polls show voters like him, with 56 percent viewing him well, according to a poll": the figure the absolute
     * phrase gives is what X found; the clause before is the reporter's. Only a phrase holding a number.
     */
    private int withBefore(int lo, int hi) {
        for (int i = hi - 1; i > lo; i--) {
            if (analysis.token(i).word().equals(",") || resolver.insideQuote(analysis.token(i).start())) {
                if (!analysis.token(i + 1).word().equalsIgnoreCase("with") || hi - i < 4) {
                    return -1;
                }
                for (int k = i + 2; k <= Math.min(hi, i + 3); k++) {
                    if (analysis.token(k).tag().equals("CD")) {
                        return i + 1;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** "(… were ferry users, according to a port survey)": the words in the parenthesis the phrase closes are X's. */
    private int parenthesisBefore(int lo, int hi) {
        for (int i = hi; i >= lo; i--) {
            String w = analysis.token(i).word();
            if (w.equals(")") || w.equals("-RRB-")) {
                return -1;
            }
            if (w.equals("(") || w.equals("-LRB-")) {
                return hi - i >= 3 ? i : -1;
            }
        }
        return -1;
    }

    /**
     * "according to an ABC News poll last week", "according to the warden on duty at the pier that night": when
     * the whole phrase names nobody the article knows, its head noun with the words before it does ("ABC News
     * poll", "officer"); a common noun only, in a phrase of at most six words up to it.
     */
    private Sources.Source headOnly(int first, int head) {
        Analysis.Token h = analysis.token(head);
        if (!(h.tag().equals("NN") || h.tag().equals("NNS")) || head - first > 5 || sources.thing(head)) {
            return null;
        }
        int from = first;
        while (from < head && (analysis.token(from).tag().equals("DT") || analysis.token(from).tag().equals("CD")
                || analysis.token(from).tag().equals("PRP$") || analysis.token(from).word().matches("[\"“”'`]+"))) {
            from++;
        }
        String name = text.substring(analysis.token(from).start(), h.end()).replaceAll("\\s+", " ").strip();
        if (name.isEmpty() || name.length() > 60) {
            return null;
        }
        org.saidgraph.dataset.EntityType type = h.tag().equals("NNS") ? org.saidgraph.dataset.EntityType.GROUP
                : org.saidgraph.dataset.EntityType.ORGANIZATION;
        return new Sources.Source(resolver.described(name, type), 0.4, analysis.token(from).start(), h.end());
    }

    /**
     * The last token of a relative clause that a comma opens right after the source phrase ending at {@code last}
     * (", which …", ", who …"), up to the next comma, dash or parenthesis; {@code last} when there is none.
     */
    private int pastRelativeClause(int last, Analysis.Sentence s) {
        if (last + 2 >= s.end() || !analysis.token(last + 1).word().equals(",")
                || !RELATIVES.contains(analysis.token(last + 2).word().toLowerCase(java.util.Locale.ROOT))) {
            return last;
        }
        int end = last + 2;
        while (end + 1 < s.end() && !boundary(end + 1)) {
            end++;
        }
        return end;
    }

    /**
     * "…, according to Jane Roe, a harbour pilot at Kellby, and Tom Keller, her deputy.": what follows the source's
     * comma to the sentence end describes the source (or adds one) and holds no verb, so the phrase closes the
     * sentence as one without it would; the words after it are no part of what was said. Then the whole clause
     * before the phrase is what was said: read also for a closing ", with …" figure, as without a description,
     * the train gold kept the whole clause as often as the figure alone (session 33).
     */
    private boolean sourceApposition(int last, Analysis.Sentence s) {
        int open = last + 1;
        if (open + 1 >= s.end() || !analysis.token(open).word().equals(",")
                || !analysis.token(open + 1).tag().matches("DT|NNP.?|PRP\\$")) {
            return false;
        }
        for (int i = open + 1; i < s.end(); i++) {
            String tag = analysis.token(i).tag();
            if (tag.startsWith("VB") || tag.equals("MD") || resolver.insideQuote(analysis.token(i).start())) {
                return false;
            }
        }
        return true;
    }

    private boolean boundary(int i) {
        String w = analysis.token(i).word();
        return w.equals(",") || w.equals(".") || w.equals(";") || w.equals("(") || w.equals(")")
                || w.equals("-") && !inWord(i) || w.equals("--") || w.equals("—") || w.equals("–") || w.equals(":");
    }

    /** A hyphen inside a word ("the conservative-leaning foundation"), which the tokenizer splits off. */
    private boolean inWord(int i) {
        return i > 0 && i + 1 < analysis.tokens().size() && analysis.token(i - 1).end() == analysis.token(i).start()
                && analysis.token(i).end() == analysis.token(i + 1).start();
    }

    /** The phrase's head: the token whose head is outside it, else its last noun. */
    private int head(int first, int last) {
        for (int i = first; i <= last; i++) {
            int h = analysis.head(i);
            if (analysis.parsed(i) && (h < first || h > last)) {
                // "according to figures the ferry board released Monday": a parse that heads the phrase with the
                // verb of its relative clause; the source is the noun before that clause.
                if (analysis.token(i).tag().startsWith("VB")) {
                    for (int n = i - 1; n >= first; n--) {
                        if (analysis.token(n).tag().equals("NN") || analysis.token(n).tag().equals("NNS")) {
                            return n;
                        }
                    }
                }
                return i;
            }
        }
        for (int i = last; i >= first; i--) {
            if (analysis.token(i).isNoun() || analysis.token(i).tag().equals("PRP")) {
                return i;
            }
        }
        return last;
    }
}
