package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A speech verb that is not finite — a present participle or an infinitive of purpose — whose speaker is the
 * subject of the clause it hangs on, where {@link VerbCueSieve} read nothing at it (the parser often makes such a
 * participle the root, or loses its link to the main verb). Three shapes, each a rule:
 * <ul>
 * <li>{@code participle-fronted}: the participle opens the sentence, alone or after a preposition ("Claiming the
 * tax was rigged, the senator …", "In defending the plan, the mayor …"): the speaker is the subject of the first
 * finite verb after the comma that closes the participle's clause, and what was said is the rest of that clause;</li>
 * <li>{@code participle-trailing}: ", saying that …", ", warning against the plan" after a clause: the speaker is
 * the subject of the verb the participle continues, and what was said is what follows it;</li>
 * <li>{@code infinitive-purpose}: "went to the port meeting to defend his plan" (an infinitive the parser hangs on
 * the verb as a clause of purpose): the speaker is that verb's subject. Not an infinitive the parser makes the
 * verb's complement ("gathered to discuss …", "struggled to answer …", "declined to comment on the ferry"): with
 * those the rule was right in 13 of its 20 statements on the PolNeAR train samples.</li>
 * </ul>
 * What was said is the object or clause after the verb; for a verb whose object the lexicon does not take as what
 * was said ("posting the tweets"), only a clause or a topic ("speaking of …") is. "Asked about the vote, she said
 * …" is not read: the one asked is not the one asking, and the asker (the reporter) is not named; PolNeAR annotates
 * such questions without a source. On PolNeAR dev and two train samples of 120 articles each, the three rules made 6,
 * 7 and 8 statements, all of which find a gold attribution.
 */
final class ParticipleCueSieve implements StatementSieve {

    /** Prepositions that may open a fronted participle clause: "In defending …", "After blasting …". */
    private static final Set<String> OPENERS = Set.of("in", "after", "by", "while", "before", "upon", "when", "since");
    /** Prepositions that introduce a topic after any speech participle: "speaking of", "warning against". */
    private static final Set<String> TOPICS = Set.of("of", "about", "on", "for", "against");
    /** Verbs whose "to" introduces what they answer: "responding to the ruling", "pointing to the polls". */
    private static final Set<String> ANSWERING = Set.of("respond", "reply", "point");
    /**
     * Verbs whose "for" names on whose behalf or for what outlet one speaks, not a topic: "Writing for a 5-2
     * majority, the justice said …", "Speaking for the family, her brother said …".
     */
    private static final Set<String> ON_BEHALF = Set.of("write", "speak");
    private static final Set<String> RELATIVES = Set.of("which", "who", "whose", "where");
    private static final Set<String> SUBJECT_PASSING = Set.of("advcl", "xcomp", "conj", "dep", "parataxis");

    @Override
    public List<Found> find(Draft draft) {
        List<Found> out = new ArrayList<>();
        Analysis a = draft.analysis;
        for (int i = 0; i < a.tokens().size(); i++) {
            Analysis.Token t = a.token(i);
            SpeechLexicon.Verb verb = t.tag().equals("VBG") || t.tag().equals("VB") ? draft.lexicon.verb(t.lemma())
                    : null;
            if (verb == null || verb.clauseOnly() || !a.parsed(i) || draft.resolver.insideQuote(t.start())) {
                continue;
            }
            Found f;
            if (t.tag().equals("VB")) {
                f = purpose(draft, i, verb);
            } else {
                f = fronted(draft, i, verb);
                if (f == null) {
                    f = trailing(draft, i, verb);
                }
                if (f == null) {
                    f = onNoun(draft, i, verb);
                }
            }
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** "Citing a new poll, the senator said …": the participle opens the sentence. */
    private static Found fronted(Draft d, int cue, SpeechLexicon.Verb verb) {
        Analysis a = d.analysis;
        Analysis.Sentence s = a.sentences().get(a.sentenceOf(cue));
        int first = s.first();
        while (first < cue && isQuoteOrBracket(a, first)) {
            first++;
        }
        if (cue != first && !(cue == first + 1 && OPENERS.contains(a.token(first).word().toLowerCase(Locale.ROOT)))) {
            return null;
        }
        int comma = nextComma(d, cue + 1, s.end());
        if (comma < 0 || comma - cue < 2) {
            return null;
        }
        int subject = mainSubject(d, comma + 1, s.end());
        if (subject < 0 || ParticipleBeforeItsVerb.occasion(a, d.lexicon, cue)) {
            return null;
        }
        return statement(d, cue, verb, subject, cue + 1, comma - 1, "participle-fronted");
    }

    /** "…, saying that the vote was rigged": the participle follows a clause after a comma. */
    private static Found trailing(Draft d, int cue, SpeechLexicon.Verb verb) {
        Analysis a = d.analysis;
        Analysis.Sentence s = a.sentences().get(a.sentenceOf(cue));
        int before = cue - 1;
        while (before > s.first() && isQuoteOrBracket(a, before)) {
            before--;
        }
        if (before <= s.first() || !a.token(before).word().equals(",")) {
            return null;
        }
        int subject = continuedSubject(d, cue);
        if (subject < 0 || subject > cue) {
            return null;
        }
        int end = s.end() - 1;
        int next = nextComma(d, cue + 1, s.end());
        while (next >= 0 && !endsContent(d, next)) {
            next = nextComma(d, next + 1, s.end());
        }
        if (next >= 0) {
            end = next - 1;
        }
        return statement(d, cue, verb, subject, cue + 1, end, "participle-trailing");
    }

    /**
     * Rule {@code participle-noun}: "voters saying they would stay home", "a petition calling on the council to
     * resign", "the campaign issued a statement saying …": a participle the parse hangs on a noun (UD {@code acl})
     * says what that noun said — a person or a group, or a document, which speaks for its author when the author is
     * named ({@link #author}). Not a thing that cannot speak ("a nod to the harbour board acknowledging"), a time, or
     * a noun after a preposition. After a comma the parse often hangs a participle on the nearest noun although it
     * goes on the clause ("She denounced the plan, telling reporters …"): then the clause's subject speaks.
     */
    private static Found onNoun(Draft d, int cue, SpeechLexicon.Verb verb) {
        Analysis a = d.analysis;
        int head = a.head(cue);
        if (head < 0 || head > cue || !"acl".equals(a.relation(cue)) || !nominal(a.token(head).tag())
                || d.resolver.insideQuote(a.token(head).start())) {
            return null;
        }
        Analysis.Sentence s = a.sentences().get(a.sentenceOf(cue));
        int before = cue - 1;
        while (before > s.first() && isQuoteOrBracket(a, before)) {
            before--;
        }
        int end = Math.min(a.subtree(cue)[1], s.end() - 1);
        int speaker;
        if (a.token(before).word().equals(",")) {
            if (!COMMA_HEAD_RELATIONS.contains(VerbCueSieve.base(a.relation(head)))) {
                return null; // "Jane Roe, reporting for the station, was there": how the subject came to be there
            }
            speaker = clauseSubject(d, head);
            int next = nextComma(d, cue + 1, s.end());
            while (next >= 0 && !endsContent(d, next)) {
                next = nextComma(d, next + 1, s.end());
            }
            end = next >= 0 ? Math.min(end, next - 1) : end;
        } else if (DOCUMENTS.contains(a.token(head).lowerLemma())
                && (HEAD_RELATIONS.contains(VerbCueSieve.base(a.relation(head))) || "obl".equals(a.relation(head)))) {
            speaker = author(d, head);
        } else if (!HEAD_RELATIONS.contains(VerbCueSieve.base(a.relation(head))) || d.sources.thing(head)
                || TIMES.contains(a.token(head).lowerLemma())
                || a.token(head).word().matches("(?:1[89]|20)\\d\\d")) {
            // "with 56 percent of Americans saying", "a nod to the harbour board acknowledging", "no problem with
            // presidents criticizing": after a preposition the noun spoke in 21 of the 35 statements this read on
            // PolNeAR train; as the subject or object of its clause, in 40 of 45.
            return null;
        } else {
            speaker = head;
        }
        if (speaker < 0 || speaker > cue && speaker != head) {
            return null;
        }
        int first = cue + 1;
        while (first <= end && (a.token(first).tag().equals("IN") || a.token(first).tag().equals("DT"))) {
            first++;
        }
        if (first <= end && CIRCUMSTANCES.contains(a.token(first).word().toLowerCase(Locale.ROOT))) {
            return null; // "officials speaking on condition of anonymity"
        }
        return statement(d, cue, verb, speaker, cue + 1, end, "participle-noun");
    }

    /** Document nouns, verbs that publish them, and words of how one spoke ({@code participle-nouns.tsv}). */
    static final Set<String> DOCUMENTS = Gazetteer.words("/extract/participle-nouns.tsv", "document");
    private static final Set<String> PUBLISHING = Gazetteer.words("/extract/participle-nouns.tsv", "publish");
    private static final Set<String> CIRCUMSTANCES = Gazetteer.words("/extract/participle-nouns.tsv",
            "circumstance");

    /** How the noun that speaks may hang in its clause: its subject or object, or the root of a fragment. */
    private static final Set<String> HEAD_RELATIONS = Set.of("nsubj", "obj", "iobj", "root", "conj", "acl");
    /** The same after a comma, where the clause's subject speaks: the noun is an object or a phrase on the verb. */
    private static final Set<String> COMMA_HEAD_RELATIONS = Set.of("obj", "iobj", "obl", "nmod", "acl", "conj");
    private static final Set<String> TIMES = Gazetteer.words("/extract/participle-nouns.tsv", "time");

    private static boolean nominal(String tag) {
        return tag.startsWith("NN") || tag.equals("PRP") || tag.equals("CD") || tag.equals("DT");
    }

    /**
     * Who a document speaks for: its possessor ("her statement condemning …"), the one it is from or by ("a report
     * from the agency saying …"), the subject of the verb that published it ("the campaign released an ad
     * attacking …"), else the document itself.
     */
    private static int author(Draft d, int document) {
        Analysis a = d.analysis;
        for (int c : a.children(document)) {
            String rel = a.relation(c);
            if (rel.equals("nmod:poss") || rel.startsWith("nmod") && c > document && a.children(c, "case").stream()
                    .map(k -> a.token(k).word().toLowerCase(Locale.ROOT)).anyMatch(w -> w.equals("from")
                            || w.equals("by"))) {
                return c;
            }
        }
        int verb = a.head(document);
        boolean in = a.children(document, "case").stream().anyMatch(k -> a.token(k).word().equalsIgnoreCase("in"));
        if (in && document < verb) {
            return -1; // "In a statement defending the plan, the campaign said …": the verb after it says it
        }
        if (verb >= 0 && a.token(verb).tag().startsWith("VB") && ("obj".equals(a.relation(document))
                && PUBLISHING.contains(a.token(verb).lowerLemma())
                || "obl".equals(a.relation(document)) && in)) {
            // "issued a statement saying …", "wrote in a statement explaining …"
            int subject = clauseSubject(d, document);
            if (subject >= 0) {
                return subject;
            }
        }
        return document;
    }

    /** The subject of the clause a noun belongs to: of the nearest verb up the parse that has one, or -1. */
    private static int clauseSubject(Draft d, int noun) {
        Analysis a = d.analysis;
        int v = a.head(noun);
        for (int guard = 0; guard < 4 && v >= 0; guard++) {
            if (a.token(v).tag().startsWith("VB")) {
                for (int subject : a.children(v, "nsubj")) {
                    if (!"nsubj:pass".equals(a.relation(subject))) {
                        return d.resolver.insideQuote(a.token(subject).start()) ? -1 : subject;
                    }
                }
                if (!a.children(v, "nsubj").isEmpty() || !SUBJECT_PASSING.contains(VerbCueSieve.base(a.relation(v)))) {
                    return -1;
                }
            }
            v = a.head(v);
        }
        return -1;
    }

    /**
     * "He went to the port meeting to defend his plan": an infinitive of purpose (advcl) with a speech verb says what
     * the subject of the verb it hangs on went on to say.
     */
    private static Found purpose(Draft d, int cue, SpeechLexicon.Verb verb) {
        Analysis a = d.analysis;
        int head = a.head(cue);
        if (head < 0 || head > cue || !"advcl".equals(a.relation(cue)) || !a.token(head).tag().startsWith("VB")
                || a.children(cue, "mark").stream().noneMatch(m -> a.token(m).word().equalsIgnoreCase("to"))
                || !a.children(cue, "nsubj").isEmpty()) {
            return null;
        }
        if (a.children(head, "obj").stream().anyMatch(o -> o < cue)) {
            return null; // "brought his brother to vouch for him": the brother may be the one who speaks
        }
        int subject = -1;
        for (int c : a.children(head, "nsubj")) {
            if (!"nsubj:pass".equals(a.relation(c)) && !d.resolver.insideQuote(a.token(c).start())) {
                subject = c;
            }
        }
        if (subject < 0) {
            return null;
        }
        Analysis.Sentence s = a.sentences().get(a.sentenceOf(cue));
        int end = Math.min(a.subtree(cue)[1], s.end() - 1);
        for (int c : a.children(cue, "conj")) {
            // "to defend his plan, and to respond to …", "to accuse the campaign … and encourage voters …": the
            // second verb is a second act.
            int first = a.subtree(c)[0];
            for (int cc : a.children(c, "cc")) {
                first = Math.min(first, cc);
            }
            end = Math.min(end, first - 1);
        }
        return statement(d, cue, verb, subject, cue + 1, end, "infinitive-purpose");
    }

    /** A comma after which the participle's words end: another participle, "according to", a concession. */
    private static boolean endsContent(Draft d, int comma) {
        Analysis a = d.analysis;
        if (comma + 1 >= a.tokens().size()) {
            return true;
        }
        Analysis.Token next = a.token(comma + 1);
        String w = next.word().toLowerCase(Locale.ROOT);
        return next.tag().equals("VBG") && d.lexicon.verb(next.lemma()) != null || w.equals("according")
                || w.equals("although") || w.equals("though") || w.equals("while") || w.equals("whereas");
    }

    private static Found statement(Draft d, int cue, SpeechLexicon.Verb verb, int subject, int lo, int hi,
                                   String rule) {
        Analysis a = d.analysis;
        if (verb.hearer()) {
            // "telling reporters that …": what was told begins after "that".
            for (int j = lo; j <= Math.min(hi, lo + 4); j++) {
                if (a.token(j).word().equalsIgnoreCase("that") && a.token(j).tag().equals("IN")) {
                    lo = j + 1;
                    break;
                }
            }
        }
        while (lo <= hi && (isPunct(a, lo) || a.token(lo).word().equalsIgnoreCase("that")
                && a.token(lo).tag().equals("IN"))) {
            lo++;
        }
        boolean topical = false;
        int p = lo;
        while (p < hi && a.token(p).tag().equals("RB")) {
            p++; // "speaking movingly of …"
        }
        if (lo == cue + 1 && p <= hi && (a.token(p).tag().equals("IN") || a.token(p).tag().equals("TO"))
                && !a.token(p).word().equalsIgnoreCase("that")) {
            // "pointing to the sale", "speaking of the convention": the preposition belongs to the cue. Not "Speaking
            // at a rally", "Writing to supporters": a place or a hearer is not what was said.
            if (!topic(a.token(cue).lemma(), a.token(p).word())) {
                return null;
            }
            topical = true;
            lo = p + 1;
        }
        for (int j = lo + 1; j < hi; j++) {
            if (a.token(j).word().equals(",") && RELATIVES.contains(a.token(j + 1).word().toLowerCase(Locale.ROOT))) {
                hi = j - 1; // "…, which will be held in July": the reporter's description of what was named
                break;
            }
        }
        while (hi >= lo && isPunct(a, hi)) {
            hi--;
        }
        if (hi - lo + 1 < 2 || onlyNames(a, lo, hi)) {
            return null; // "echoing Mr. Putin": a person named is not what was said
        }
        if (!verb.object() && !topical && !clause(d, lo, hi)) {
            return null; // "After posting the tweets, …": what such a verb takes as object is not what was said
        }
        int start = a.token(lo).start();
        int end = a.token(hi).end();
        if (wholeQuote(d, start, end)) {
            return null; // a quotation alone is attributed by the quotation sieves
        }
        Sources.Source source = d.sources.of(subject, cue);
        if (source == null || source.speaker() == null) {
            return null;
        }
        Found f = Found.of(start, end, false, source.speaker(), verb.act(), rule, source.confidence());
        f.sourceStart = source.start();
        f.sourceEnd = source.end();
        return f.cue(a.token(cue).start(), a.token(cue).end());
    }

    /**
     * The subject of the first finite verb in {@code [from, end)} outside quotations: the parse's own subject when it
     * has one there, else the noun or pronoun right before the verb.
     */
    private static int mainSubject(Draft d, int from, int end) {
        Analysis a = d.analysis;
        for (int v = from; v < end; v++) {
            Analysis.Token t = a.token(v);
            if (d.resolver.insideQuote(t.start()) || !t.tag().matches("VB[DZP]|MD")) {
                continue;
            }
            int verb = t.tag().equals("MD") || a.relation(v) != null && a.relation(v).startsWith("aux") ? a.head(v) : v;
            if (verb >= 0) {
                for (int subject : a.children(verb, "nsubj")) {
                    if (subject >= from && subject < v && !"nsubj:pass".equals(a.relation(subject))
                            && !d.resolver.insideQuote(a.token(subject).start())) {
                        return subject;
                    }
                }
            }
            int j = v - 1;
            while (j >= from && a.token(j).tag().equals("RB")) {
                j--;
            }
            String tag = j >= from ? a.token(j).tag() : "";
            return tag.startsWith("NN") || tag.equals("PRP") ? j : -1;
        }
        return -1;
    }

    /**
     * Rule {@code participle-trailing}, a parse that lost the participle (UD {@code dep}: "The mayor denied the claims
     * that the fund was misused, calling them “a smear”" can hang "calling" on "smear" inside the clause before): the
     * subject of the sentence's main verb, when that verb is a speech verb whose subject stands before the
     * participle; or -1.
     */
    private static int garbledMainSubject(Draft d, int cue) {
        Analysis a = d.analysis;
        Analysis.Sentence s = a.sentences().get(a.sentenceOf(cue));
        for (int root = s.first(); root < cue; root++) {
            if (a.head(root) == Analysis.ROOT) {
                if (!a.token(root).isVerb() || d.lexicon.verb(a.token(root).lemma()) == null) {
                    return quotedRootSpeaker(d, s, root, cue);
                }
                for (int subject : a.children(root, "nsubj")) {
                    if (subject < root && !d.resolver.insideQuote(a.token(subject).start())) {
                        return subject;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /**
     * Step quoted-root-speaker: "Amsel declared that the deal was “dead,” blaming the opposition …": the parser may
     * make the reported predicate the root and hang the speech verb on it as a dependent, so the root's subject is
     * the reported clause's ("the deal") or a dateline's place. When the root closes a quotation right before the
     * participle's comma, the participle continues the first speech verb before the quotation that has a subject of
     * its own before it: that subject speaks. -1 otherwise.
     */
    private static int quotedRootSpeaker(Draft d, Analysis.Sentence s, int root, int cue) {
        Analysis a = d.analysis;
        if (!d.resolver.insideQuote(a.token(root).start())) {
            return -1;
        }
        int first = Dateline.after(a, s);
        for (int v = first; v < root; v++) {
            if (!a.token(v).tag().matches("VB[DZP]") || d.lexicon.verb(a.token(v).lemma()) == null
                    || d.resolver.insideQuote(a.token(v).start())) {
                continue;
            }
            for (int subject : a.children(v, "nsubj")) {
                if (subject >= first && subject < v) {
                    return subject;
                }
            }
            return -1;
        }
        return -1;
    }

    /** The subject of the verb a trailing participle continues ("The council met on Monday, saying …"), or -1. */
    private static int continuedSubject(Draft d, int cue) {
        Analysis a = d.analysis;
        if ("dep".equals(a.relation(cue))) {
            int main = garbledMainSubject(d, cue);
            if (main >= 0) {
                return main;
            }
        }
        int v = cue;
        for (int guard = 0; guard < 5; guard++) {
            String rel = VerbCueSieve.base(a.relation(v));
            int head = a.head(v);
            if (!SUBJECT_PASSING.contains(rel) || head < 0) {
                return -1;
            }
            v = head;
            for (int subject : a.children(v, "nsubj")) {
                if (!"nsubj:pass".equals(a.relation(subject))) {
                    // A dateline's place ("DORVAL — …") heads no clause, whatever the parse hangs on it.
                    boolean dateline = subject < Dateline.after(a, a.sentences().get(a.sentenceOf(subject)));
                    return d.resolver.insideQuote(a.token(subject).start()) || dateline ? -1 : subject;
                }
            }
            if (!a.children(v, "nsubj").isEmpty()) {
                return -1; // a passive: the one it was done to did not speak
            }
        }
        return -1;
    }

    /**
     * Whether {@code [lo, hi]} reads as something said rather than a thing: it follows "that" or opens with a
     * quotation, or it has a finite verb ("Claiming the rules were rigged, …").
     */
    private static boolean clause(Draft d, int lo, int hi) {
        Analysis a = d.analysis;
        if (a.token(lo - 1).word().equalsIgnoreCase("that") || isQuoteOrBracket(a, lo)) {
            return true;
        }
        for (int j = lo; j <= hi; j++) {
            if (a.token(j).tag().matches("VB[DZP]|MD") && !describing(a, j, lo, hi)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the finite verb at {@code j} belongs to a clause that describes a noun of {@code [lo, hi]}: a relative
     * clause ("the tweets that she was …") or one without its pronoun, whose subject follows a noun ("the tweets she
     * was …"), as the parser may not tell.
     */
    private static boolean describing(Analysis a, int j, int lo, int hi) {
        for (int t = j, guard = 0; t >= lo && t <= hi && guard < 20; t = a.head(t), guard++) {
            if (a.relation(t) != null && a.relation(t).startsWith("acl")) {
                return true;
            }
        }
        int verb = a.relation(j) != null && a.relation(j).startsWith("aux") && a.head(j) >= 0 ? a.head(j) : j;
        for (int subject : a.children(verb, "nsubj")) {
            int first = a.subtree(subject)[0];
            if (first > lo && first <= hi && a.token(first - 1).tag().startsWith("NN")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a preposition right after the participle introduces what was said ("commenting on", "responding to"). */
    private static boolean topic(String lemma, String preposition) {
        String p = preposition.toLowerCase(Locale.ROOT);
        String verb = lemma.toLowerCase(Locale.ROOT);
        return TOPICS.contains(p) && !(p.equals("for") && ON_BEHALF.contains(verb))
                || p.equals("to") && ANSWERING.contains(verb);
    }

    /** Whether {@code [lo, hi]} is only a name or pronoun ("Mr. Putin", "them"), with its title and determiner. */
    private static boolean onlyNames(Analysis a, int lo, int hi) {
        for (int j = lo; j <= hi; j++) {
            String tag = a.token(j).tag();
            if (!(tag.startsWith("NNP") || tag.equals("PRP") || tag.equals("DT") || tag.equals("POS")
                    || tag.equals(".") || tag.equals("HYPH"))) {
                return false;
            }
        }
        return true;
    }

    private static int nextComma(Draft d, int from, int end) {
        Analysis a = d.analysis;
        for (int i = from; i < end; i++) {
            Analysis.Token t = a.token(i);
            if ((t.word().equals(",") || t.word().equals(";")) && !d.resolver.insideQuote(t.start())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean wholeQuote(Draft d, int start, int end) {
        for (Quote q : d.quotes) {
            if (!q.nested() && q.open() <= start + 1 && Math.max(q.after(), q.end()) >= end - 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuoteOrBracket(Analysis a, int i) {
        String tag = a.token(i).tag();
        return tag.equals("``") || tag.equals("''") || tag.equals("-LRB-");
    }

    private static boolean isPunct(Analysis a, int i) {
        String tag = a.token(i).tag();
        return tag.equals(",") || tag.equals(".") || tag.equals(":") || tag.equals("HYPH") || tag.equals("NFP");
    }
}
