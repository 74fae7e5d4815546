package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reported speech read from the dependency parse: a speech verb of the lexicon, its subject as the speaker, and its
 * complement as what was said — the clausal complement ("said (that) …", before or after the verb: "Missiles hit
 * the city, officials said"), a quotation it introduces, an infinitive ("urged them to leave"), or for verbs whose
 * object is what was said, the object ("denied the allegations"). A complement that is just a quotation attributes
 * that quotation (act {@code quote-attribution}); one that contains quoted words is one statement over the whole
 * clause.
 */
final class VerbCueSieve implements StatementSieve {

    /** Relations under which a verb is not an attribution: "the so-called", "a widely reported story". */
    private static final Set<String> NOT_ATTRIBUTING = Set.of("amod", "acl", "compound", "case", "fixed", "det");
    private static final Set<String> SUBJECT_PASSING = Set.of("xcomp", "conj", "advcl", "parataxis", "dep");
    /** Verbs whose subject speaks through the infinitive after them: "went on to say", "declined to comment". */
    private static final Set<String> CARRYING = Set.of("go", "continue", "decline", "refuse", "try", "want", "seem",
            "appear", "begin", "start", "need", "have", "plan", "hope", "promise", "vow", "threaten", "pledge",
            "intend", "expect", "agree", "offer", "move", "rush", "take", "use", "be");
    private static final Set<String> LEADING = Set.of("that", ",", ":", "-", "--", "—", "–");
    /** Tags of the noun phrase after a preposition that follows an inverted speaker ("said Roe at the hearing"). */
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "JJ", "CD", "PRP$", "POS", "NN", "NNS", "NNP",
            "NNPS");
    private static final Set<String> BREAKS = Set.of("although", "though", "while", "whereas", "even");
    /**
     * Words the tagger reads as conjunctions that open a clause rather than join one to the verb ("say that neither
     * candidate can win", "said either side could"; rule {@code correlative-start}).
     */
    private static final Set<String> CORRELATIVES = Set.of("neither", "either", "both");
    /** Words of time that end a clause as the reporter's: "… Thursday night", "… on Monday". */
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "night", "morning", "afternoon", "evening", "week",
            "month", "year", "weekend");
    private static final Set<String> HEARERS = Set.of("reporter", "journalist", "voter", "supporter", "audience",
            "crowd", "people", "member", "lawmaker", "official", "colleague", "listener", "viewer", "reader", "donor",
            "student", "worker", "leader", "senator", "committee", "panel", "congress", "interviewer", "host", "aide",
            "adviser", "advisor", "ally", "analyst", "investor", "staff", "staffer", "employee", "resident", "friend",
            "client", "associate", "delegate", "negotiator", "parent", "family");
    private static final Set<String> OCCASIONS = Set.of("interview", "statement", "speech", "conference", "rally",
            "event", "debate", "meeting", "appearance", "program", "programme", "show", "broadcast", "tweet", "post",
            "letter", "email", "briefing", "hearing", "call", "release", "op-ed", "podcast", "video", "forum",
            "address", "remarks", "session", "visit", "stop", "dinner", "luncheon", "breakfast", "panel");

    private final String text;
    private final Analysis analysis;
    private final SpeechLexicon lexicon;
    private final SpeakerResolver resolver;
    private final List<Quote> quotes;
    private final Sources sources;
    private final HeadlineSecondVerb headline;

    VerbCueSieve() {
        this(null);
    }

    private VerbCueSieve(Draft d) {
        this.text = d == null ? null : d.text;
        this.analysis = d == null ? null : d.analysis;
        this.lexicon = d == null ? null : d.lexicon;
        this.resolver = d == null ? null : d.resolver;
        this.quotes = d == null ? null : d.quotes;
        this.sources = d == null ? null : d.sources;
        this.headline = d == null ? null : new HeadlineSecondVerb(d);
    }

    @Override
    public List<Found> find(Draft draft) {
        return new VerbCueSieve(draft).find();
    }

    private List<Found> find() {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < analysis.tokens().size(); i++) {
            Analysis.Token t = analysis.token(i);
            int[] second = headline.object(i);
            if (second != null) {
                // "Mayor Says Fares Will Rise, Calls Plan ‘Reckless’": the headline's second act (HeadlineSecondVerb)
                Found f = secondAct(i, second, out);
                if (f != null) {
                    out.add(f);
                }
                continue;
            }
            SpeechLexicon.Verb verb = t.tag().startsWith("VB") ? lexicon.verb(t.lemma()) : null;
            if (verb == null || !analysis.parsed(i) || resolver.insideQuote(t.start())
                    || NOT_ATTRIBUTING.contains(analysis.relation(i)) && invertedSubject(i) < 0
                    && !SubjectRepairs.finiteModifier(analysis, i)
                    && SubjectRepairs.datelineModifier(analysis, i) < 0) {
                // "…, but for some the costs are small, said Brandt.": the parser may hang an inverted attribution
                // on the clause as a modifier; the shape tells it apart from "the so-called", and so does a subject
                // of its own ("of what the pilots say they need").
                continue;
            }
            if (AsideQuestionSieve.answer(analysis, lexicon, i) >= 0) {
                continue; // "X, asked about Y, said Z": the answer is read by AsideQuestionSieve
            }
            if (verb.lemma().equals("continue") && !analysis.children(i, "xcomp").isEmpty()) {
                continue; // "continued writing": the other verb says it
            }
            if (PassiveContent.quotedAsSaying(analysis, i)) {
                continue; // "Roe was quoted by the paper as saying …": "saying" says it, with Roe as its speaker
            }
            Found f = atVerb(i, verb);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    private static final boolean DEBUG = Boolean.getBoolean("saidgraph.debug");

    /** The rules of an object reading: the object, one proper name, a pronoun with its phrase. */
    static final Set<String> OBJECT_RULES = Set.of("verb-object", NameObject.RULE, PronounObject.RULE);

    private Found atVerb(int cue, SpeechLexicon.Verb verb) {
        Found f = atVerb0(cue, verb);
        if (DEBUG) {
            System.err.println("cue " + analysis.token(cue).word() + "@" + cue + " subject " + subject(cue) + " -> "
                    + (f == null ? "none" : f.rule + " " + text.substring(f.start, f.end)));
        }
        return f;
    }

    private Found atVerb0(int cue, SpeechLexicon.Verb verb) {
        int subject = subject(cue);
        if (subject < 0) {
            return null;
        }
        // Step headline-second-verb-end: "Says Fares Will Rise, Calls Plan …" ends before the second act.
        int[] content = headline.firstContent(cue, content(cue, verb, subject));
        if (DEBUG) {
            System.err.println("  content " + java.util.Arrays.toString(content));
        }
        if (content == null || verb.clauseOnly() && content[2] != 0
                || ParticipleBeforeItsVerb.holdsItsVerb(analysis, cue, content[0], content[1])
                || QuotedPhraseOnVerb.onlyAPhrase(analysis, cue, content[0], content[1])) {
            return null;
        }
        if ((content[2] == 1 || content[2] == 5) && infinitive(cue) && analysis.head(cue) >= 0
                && CarryingAdjectives.carries(analysis.token(analysis.head(cue)))) {
            return null; // "the vote is tied, so she won't be able to boast": an infinitive reports nothing before it
        }
        if (content[1] < Math.min(cue, analysis.subtree(subject)[0]) && content[2] != PassiveContent.KIND
                && !attributionAfter(cue, subject)) {
            // "said the dam was “fully licensed” and that work would continue": the parser may hang the clause before
            // on "continue", but what an attribution after its words reports is set off from it.
            return null;
        }
        int start = analysis.token(content[0]).start();
        int end = analysis.token(content[1]).end();
        if (end <= start) {
            return null;
        }
        // The words are read from the subject the parse gives; only who said them may be the main subject instead.
        Sources.Source source = sources.of(ThingSubject.of(analysis, sources, cue, subject), cue);
        if (DEBUG) {
            System.err.println("  source " + source);
        }
        if (source == null || source.speaker() == null) {
            return null;
        }
        Quote whole = wholeQuote(start, end);
        Found f;
        if (whole != null) {
            f = new Found(whole.start(), whole.end(), true);
            f.quoteOnly = true;
            f.act = act(cue, verb);
        } else {
            int words = content[1] - content[0] + 1;
            boolean noun = lexicon.speechNoun(analysis.token(content[1]).word()) != null;
            boolean oneName = words == 1 && content[2] == 3 && NameObject.reads(analysis, verb, cue, content[0]);
            if (words < (noun || oneName || content[2] == PassiveContent.KIND || content[2] == ShortAnswers.KIND ? 1
                    : verb.object() && !verb.lemma().equals("offer") ? 2 : 3)
                    || content[2] == 3 && analysis.token(content[0]).word().equalsIgnoreCase("no")) {
                return null; // "offered two options", "offered no evidence": nothing said
            }
            f = new Found(start, end, false);
            f.act = act(cue, verb);
        }
        f.rule = "verb-" + List.of("complement", "before", "infinitive", "object", "quote", "around", "rest", "passive",
                "answer", "characterization")
                .get(content[2]);
        if (content.length > 3 && content[3] == NarrationBeforeQuote.MARK) {
            f.rule = NarrationBeforeQuote.RULE;
        } else if (content.length > 3 && content[3] == PastAfterAside.MARK) {
            f.rule = PastAfterAside.RULE;
        } else if (!f.quoteOnly && content[2] == 3 && content[0] == content[1]
                && NameObject.reads(analysis, verb, cue, content[0])) {
            f.rule = NameObject.RULE;
        } else if (!f.quoteOnly && content[2] == 3 && analysis.token(content[0]).tag().equals("PRP")
                && PronounObject.reads(analysis, verb, cue, content[0])) {
            f.rule = PronounObject.RULE;
        }
        if (ownSubject(cue) < 0) {
            CarriedSubjects.Carried carried = carried(cue);
            String rule = carried != null ? carried.rule() : conjoinedActSubject(cue) >= 0 ? DeepConjoinedAct.NAME
                    : SubjectRepairs.hiddenRule(analysis, cue);
            if (content[2] == 1 || content[2] == 5 || rule.equals(CarriedSubjects.GERUND)
                    && content[0] > analysis.subtree(cue)[1]) {
                // A carried subject speaks after its verb ("…, and said …"), and what a gerund says lies within its
                // phrase ("After bragging about the cost, she is spending …": not the clause after it).
                return null;
            }
            f.rule = rule;
        }
        f.speaker = source.speaker();
        f.confidence = source.confidence();
        f.sourceStart = source.start();
        f.sourceEnd = source.end();
        f.cue = analysis.token(cue).start();
        f.cueEnd = analysis.token(cue).end();
        if (content.length > 4 && content[3] == PurposeSpeechVerb.MARK) {
            // The words are what the infinitive's verb takes; it is their cue ("to discuss"), and its act theirs.
            f.rule = PurposeSpeechVerb.RULE;
            f.cue = analysis.token(content[4]).start();
            f.cueEnd = analysis.token(content[4]).end();
            f.act = act(content[4], lexicon.verb(analysis.token(content[4]).lemma()));
        }
        return f;
    }

    /**
     * Rule {@code headline-second-verb}: the speech verb at {@code cue} opens a headline's second predicate, whose
     * words are the tokens {@code read[0]..read[1]}; its speaker is the one of the headline's first verb
     * ({@code read[2]}): that verb's statement's when this sieve made one, else its subject's.
     */
    private Found secondAct(int cue, int[] read, List<Found> before) {
        int first = read[2];
        Found firstAct = before.stream().filter(b -> b.cue == analysis.token(first).start()).findFirst().orElse(null);
        Sources.Source source = null;
        if (firstAct == null) {
            int subject = subject(first);
            source = subject < 0 ? null : sources.of(ThingSubject.of(analysis, sources, first, subject), first);
            if (source == null || source.speaker() == null) {
                return null;
            }
        }
        int start = analysis.token(read[0]).start();
        int end = analysis.token(read[1]).end();
        Quote whole = wholeQuote(start, end);
        Found f = whole != null ? new Found(whole.start(), whole.end(), true) : new Found(start, end, false);
        f.quoteOnly = whole != null;
        f.act = act(cue, headline.verb(analysis.token(cue)));
        f.rule = HeadlineSecondVerb.RULE;
        f.speaker = firstAct != null ? firstAct.speaker : source.speaker();
        f.confidence = firstAct != null ? firstAct.confidence : source.confidence();
        f.sourceStart = firstAct != null ? firstAct.sourceStart : source.start();
        f.sourceEnd = firstAct != null ? firstAct.sourceEnd : source.end();
        f.cue = analysis.token(cue).start();
        f.cueEnd = analysis.token(cue).end();
        if (DEBUG) {
            System.err.println("cue " + analysis.token(cue).word() + "@" + cue + " second act of " + first + " -> "
                    + text.substring(f.start, f.end));
        }
        return f;
    }

    /** The verb's act, or the act of a phrase it ends: "would not say" is a refusal, "called for" a demand. */
    private Act act(int cue, SpeechLexicon.Verb verb) {
        Act phrase = phraseAct(analysis, text, lexicon, cue);
        return phrase != null ? phrase : AskedToAct.act(analysis, cue, SuggestedFact.act(analysis, cue, verb.act()));
    }

    /** The act of a lexicon phrase that holds the verb at {@code cue} ("declined to comment"), or null. */
    static Act phraseAct(Analysis analysis, String text, SpeechLexicon lexicon, int cue) {
        Analysis.Sentence s = analysis.sentences().get(analysis.sentenceOf(cue));
        for (int from = Math.max(s.first(), cue - 3); from <= cue; from++) {
            for (int to = cue; to <= Math.min(s.end() - 1, cue + 1); to++) {
                String phrase = text.substring(analysis.token(from).start(), analysis.token(to).end());
                Act a = lexicon.phrase(phrase);
                if (a != null) {
                    return a;
                }
            }
        }
        return null;
    }

    /** The subject of the speech verb at {@code cue} in the draft's parse, as this sieve finds it, or -1. */
    static int subjectOf(Draft draft, int cue) {
        return new VerbCueSieve(draft).subject(cue);
    }

    /**
     * The subject of the verb, or of the verb it continues ("went on to say", "…, saying"), or one carried from the
     * verb it is coordinated with or hangs on ({@link CarriedSubjects}), or -1.
     */
    int subject(int cue) {
        int own = ownSubject(cue);
        if (own >= 0) {
            return own;
        }
        CarriedSubjects.Carried carried = carried(cue);
        if (carried != null) {
            return carried.subject();
        }
        int shared = conjoinedActSubject(cue);
        return shared >= 0 ? shared : SubjectRepairs.hiddenSubject(analysis, resolver, lexicon, cue);
    }

    /** The subject of the earlier speech verb whose next act the cue is ({@link DeepConjoinedAct}), or -1. */
    private int conjoinedActSubject(int cue) {
        int reporting = DeepConjoinedAct.reportingVerb(analysis, lexicon, cue);
        return reporting >= 0 ? subject(reporting) : -1;
    }

    private CarriedSubjects.Carried carried(int cue) {
        return new CarriedSubjects(analysis, resolver, lexicon, this::subject).of(cue);
    }

    /** The subject of the verb, or of the verb it continues ("went on to say", "…, saying"), or -1. */
    private int ownSubject(int cue) {
        int inverted = invertedSubject(cue);
        if (inverted >= 0) {
            return inverted;
        }
        int main = CommaClosedRelative.mainVerb(analysis, cue);
        if (main >= 0) {
            return subject(main); // "…, which had lobbied against it, and vowed to …": the main verb's subject
        }
        int quotedSpeaker = PassiveContent.quotedSpeaker(analysis, cue);
        if (quotedSpeaker >= 0) {
            return quotedSpeaker; // "The minister was quoted as having said that …"
        }
        int afterRelative = SubjectRepairs.verbAfterRelative(analysis, cue);
        if (afterRelative < 0 && "conj".equals(analysis.relation(cue)) && analysis.children(cue, "nsubj").isEmpty()) {
            afterRelative = SubjectRepairs.verbAfterRelative(analysis, analysis.head(cue)); // "…, said …, and warned …"
        }
        if (afterRelative >= 0) {
            return afterRelative; // "A spokesman for the firm, which moves grain, said …": "said" read as the relative's
        }
        int afterParticiple = SubjectRepairs.verbAfterParticiple(analysis, cue);
        if (afterParticiple >= 0) {
            return afterParticiple; // "…, two people briefed on the talks said": "briefed" read as the sentence's verb
        }
        int parsed = parsedSubject(cue);
        if (parsed < 0 && SubjectRepairs.datelineModifier(analysis, cue) >= 0) {
            return SubjectRepairs.datelineModifier(analysis, cue); // "PORT ELLIS — The minister … signalled that …"
        }
        if (parsed >= 0 && SubjectRepairs.afterDateline(analysis, parsed, cue) != parsed) {
            return SubjectRepairs.afterDateline(analysis, parsed, cue); // "HARBOURTON — Two-thirds of residents say"
        }
        if (parsed >= 0 && dateAt(parsed)) {
            parsed = -1; // "This week said …", "Last year argued": the parse took the date for the subject
        }
        if (parsed >= 0 && quotedSubject(parsed, cue)) {
            // "“Supporters of the plan,” Jane Roe added, “…”": the parse may take words of the quotation as the
            // subject of the verb that attributes it; the speaker is the noun right before the verb.
            int adjacent = adjacentSubject(cue);
            if (adjacent >= 0 && !resolver.insideQuote(analysis.token(adjacent).start())) {
                return adjacent;
            }
            // "called the plan “a tax on the poor” and accused …": words of a quotation are never the speaker of a
            // verb outside it; the verb may still carry the subject of the one it is coordinated with.
            return -1;
        }
        if (parsed >= 0 && analysis.head(parsed) == cue) {
            int set = appositionBeforeCue(parsed, cue);
            return set >= 0 ? set : parsed;
        }
        // The parse may lose the subject of a verb deep in a long sentence ("writing that Musk told him that …"): a
        // noun right before a finite verb is its subject.
        int adjacent = adjacentSubject(cue);
        return adjacent >= 0 ? adjacent : parsed;
    }

    /**
     * "…, said Jane Roe, an analyst." / "…, said two neighbours.": a finite speech verb right after a comma or a
     * closing quotation mark, followed by a noun phrase that ends the sentence or a comma, is an inverted attribution
     * whose subject is that phrase. The parser often takes the clause's own subject instead (on PolNeAR train such
     * sentences gave nothing), so this reading comes first. Returns the phrase's last noun, or -1.
     */
    private int invertedSubject(int cue) {
        Analysis.Sentence s = analysis.sentences().get(analysis.sentenceOf(cue));
        if (cue - 1 < s.first() || !analysis.token(cue).tag().matches("VB[DZP]")
                || !(analysis.token(cue - 1).word().equals(",") || isQuoteMark(cue - 1))) {
            return -1;
        }
        int head = -1;
        int j = cue + 1;
        for (; j < s.end() && j <= cue + 6; j++) {
            String tag = analysis.token(j).tag();
            if (tag.startsWith("NN") || tag.equals("PRP") && j == cue + 1) {
                head = j;
            } else if (!Set.of("DT", "JJ", "CD", "PRP$", "POS", "HYPH", "NNP").contains(tag)) {
                break;
            }
        }
        boolean subjectBefore = analysis.children(cue, "nsubj").stream().anyMatch(c -> c < cue);
        if (hearerAfterTell(s, cue)) {
            return -1;
        }
        SpeechLexicon.Verb verb = lexicon == null ? null : lexicon.verb(analysis.token(cue).lemma());
        if (verb != null && verb.object()) {
            // Guard object-verb-no-inversion: "…,” Blames Rivals" (a headline), "…, criticized the board": a verb whose
            // object is what was said takes the noun after it as that object; news inverts "said", not "blamed".
            return -1;
        }
        if (head >= 0 && !subjectBefore && j < s.end() && analysis.token(j).tag().equals("IN") && j + 1 < s.end()) {
            // "…, said one official in the room." / "…, said Jane Roe at the hearing": a prepositional phrase after the
            // speaker says where or when; the speaker is still the noun before it. Not when the parse found the verb a
            // subject before it ("Jane Roe, for example, said the visit to Harlow — …"): that is no inversion.
            int k = j + 1;
            while (k < s.end() && k <= j + 7
                    && (NOUN_PHRASE_TAGS.contains(analysis.token(k).tag())
                    || analysis.token(k).word().equals("of"))) {
                k++;
            }
            if (k > j + 1) {
                j = k;
            }
        }
        boolean closes = j >= s.end() || Set.of(",", ".", "--", "—", "–", ";").contains(analysis.token(j).word());
        return closes ? head : -1;
    }

    /**
     * "“A,” Jane Roe, 49, told the Gazette.": the noun phrase after "told" is the hearer, not an inverted speaker; the
     * speaker is the parse's subject right after the closing quotation mark, with no verb between it (and its relative
     * clause) and "told". Read as an inversion, the hearer became the speaker and the quotation ran on over the
     * speaker's name (a duplicate piece of the quotation's statement, or a statement too long). On all 840 PolNeAR
     * train articles the guard changes 10 statements, each now with the gold speaker; duplicate pieces 177 -> 173,
     * direct speaker right 4698 -> 4700, nothing found lost. Without the quotation-mark condition it lost a reported
     * clause whose parsed subject was a noun inside it ("…, his aide, Tad Roe, told the Post").
     */
    private boolean hearerAfterTell(Analysis.Sentence s, int cue) {
        return analysis.token(cue).lemma().equals("tell") && analysis.children(cue, "nsubj").stream().anyMatch(
                c -> c < cue && noVerbBetween(c, cue) && analysis.subtree(c)[0] > s.first()
                        && isQuoteMark(analysis.subtree(c)[0] - 1));
    }

    /** Whether no verb stands between the subject's phrase and the verb at {@code cue}. */
    private boolean noVerbBetween(int subject, int cue) {
        for (int i = analysis.subtree(subject)[1] + 1; i < cue; i++) {
            if (analysis.token(i).tag().startsWith("VB")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the verb stands in a parenthetical attribution that a clause goes on after: the first comma after it in
     * its sentence is followed by a verb ("These farmers, Berg explained at the hearing, were badly hurt").
     */
    /** "CNN, Cruz said, called the move …": a parenthetical attribution stands between subject and verb. */
    private boolean reportedBetween(int subject, int cue) {
        for (int i = analysis.subtree(subject)[1] + 1; i < cue; i++) {
            Analysis.Token t = analysis.token(i);
            if (t.tag().matches("VB[DZP]") && lexicon.verb(t.lemma()) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean parentheticalBefore(int cue) {
        Analysis.Sentence s = analysis.sentences().get(analysis.sentenceOf(cue));
        for (int i = cue + 1; i + 1 < s.end(); i++) {
            if (analysis.token(i).word().equals(",")) {
                int j = i + 1;
                while (j < s.end() && (analysis.token(j).tag().equals("RB") || isQuoteMark(j))) {
                    j++;
                }
                return j < s.end() && analysis.token(j).tag().matches("VB[DZP]|MD");
            }
        }
        return false;
    }

    /**
     * "These farmers, Berg explained at the hearing, were badly hurt": the parser may read the name of a
     * parenthetical attribution as an apposition of the clause's subject before it and make the whole the verb's
     * subject. A name or pronoun set off by a comma and standing right before such a verb is its own subject.
     * Returns it, or -1.
     */
    private int appositionBeforeCue(int subject, int cue) {
        for (int a : analysis.children(subject, "appos")) {
            int[] r = analysis.subtree(a);
            String tag = analysis.token(a).tag();
            if (a > subject && r[1] == cue - 1 && r[0] - 1 > subject && analysis.token(r[0] - 1).word().equals(",")
                    && (tag.startsWith("NNP") || tag.equals("PRP")) && parentheticalBefore(cue)) {
                return a;
            }
        }
        return -1;
    }

    /** Whether the subject lies inside a quotation that the verb, outside it, attributes. */
    /** A word of time ("Monday", "week", "tonight"): it dates a saying and is never the one who speaks. */
    static boolean timeWord(Analysis.Token t) {
        return TIME_WORDS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** A word of time at {@code i} that is no part of a name: "on Monday", not "USA TODAY". */
    private boolean dateAt(int i) {
        return timeWord(analysis.token(i)) && analysis.children(i, "compound").stream()
                .noneMatch(c -> analysis.token(c).tag().startsWith("NNP") && !timeWord(analysis.token(c)));
    }

    private boolean quotedSubject(int subject, int cue) {
        return resolver.insideQuote(analysis.token(subject).start())
                && !resolver.insideQuote(analysis.token(cue).start());
    }

    private int adjacentSubject(int cue) {
        if (!analysis.token(cue).tag().matches("VB[DZP]")) {
            return -1;
        }
        int j = cue - 1;
        Analysis.Sentence s = analysis.sentences().get(analysis.sentenceOf(cue));
        while (j >= s.first() && (analysis.token(j).tag().equals("RB") || analysis.token(j).tag().equals("MD")
                || Set.of("have", "be", "do").contains(analysis.token(j).lemma()))) {
            j--;
        }
        if (j < s.first()) {
            return -1;
        }
        String tag = analysis.token(j).tag();
        boolean noun = tag.startsWith("NN") || tag.equals("PRP") && !analysis.token(j).word().equalsIgnoreCase("it");
        // "… and on Monday announced …": a word of time before the verb dates it and never speaks.
        return noun && !analysis.token(j).word().endsWith("s'") && !dateAt(j) ? j : -1;
    }

    /**
     * Rule participle-after-reported-noun: "The ministry denied reports that its army was moving troops, calling them
     * fabrications": the parser may hang a participle after a comma inside the clause of a noun ("reports", "claims")
     * that is the object of a speech verb; the one calling is that verb's subject, not the clause's. Returns the
     * speech verb when {@code v}, on the way up from the participle at {@code cue}, is such a clause, else -1.
     */
    private int reportNounVerb(int cue, int v) {
        if (v == cue || !analysis.token(cue).tag().equals("VBG") || cue == 0 || !analysis.token(cue - 1).word()
                .equals(",") || !base(analysis.relation(v)).equals("ccomp")) {
            return -1;
        }
        int noun = analysis.head(v);
        if (noun < 0 || !analysis.token(noun).tag().startsWith("NN") || !base(analysis.relation(noun)).equals("obj")) {
            return -1;
        }
        int verb = analysis.head(noun);
        return verb >= 0 && analysis.token(verb).tag().startsWith("VB") && lexicon.verb(analysis.token(verb).lemma())
                != null ? verb : -1;
    }

    /**
     * Rule conjoined-act-subject: "The agency said that millions depended on the grain, and warned that prices would
     * rise": a speech verb after ", and" with no subject of its own, which the parser hangs on the verb of the clause
     * another speech verb reports, in that speech verb's tense, is the reporting subject's next act (the clause's end
     * is cut there as well, {@link #coordinatedWithCue}); its speaker is not the reported clause's subject. A closing
     * quotation mark before the "and" closes the clause as the comma does ({@link QuotationClosesReport}).
     */
    private boolean conjoinedAct(int cue, int v) {
        int outer = analysis.head(v);
        return analysis.head(cue) == v && base(analysis.relation(cue)).equals("conj") && cue >= 2
                && analysis.token(cue - 1).word().equalsIgnoreCase("and")
                && QuotationClosesReport.before(analysis, cue - 1)
                && outer >= 0 && analysis.token(cue).tag().equals(analysis.token(outer).tag())
                && analysis.token(cue).tag().matches("VB[DZ]")
                && analysis.children(cue, "nsubj").isEmpty() && analysis.children(cue, "nsubj:pass").isEmpty();
    }

    private int parsedSubject(int cue) {
        int past = parsedSubject(cue, true);
        return past >= 0 ? past : parsedSubject(cue, false);
    }

    private int parsedSubject(int cue, boolean pastThings) {
        int v = cue;
        // Set once a verb the cue hangs on has a thing for its subject ("…, arguing" hung on "those remarks had
        // hurt him", "and suggested" on "the country would leave"): the parser attached the cue inside a reported
        // clause, and the one who speaks is the subject of the speech verb that clause belongs to, further up.
        boolean pastThing = false;
        for (int guard = 0; guard < 5 && v >= 0; guard++) {
            if (ParticipleAfterSubordinate.passOver(analysis, cue, v)) {
                v = ParticipleAfterSubordinate.clauseAbove(analysis, v); // "…, until the rebels withdraw, saying …"
                continue;
            }
            List<Integer> subjects = analysis.children(v, "nsubj");
            // "told parliament that the government would not intervene, adding that …": a participle the parser hangs
            // inside what a speech verb reports adds to what that verb's subject said.
            boolean reported = v != cue && (analysis.token(cue).tag().equals("VBG") || conjoinedAct(cue, v))
                    && base(analysis.relation(v)).equals("ccomp") && analysis.head(v) >= 0
                    && analysis.token(analysis.head(v)).tag().startsWith("VB")
                    && lexicon.verb(analysis.token(analysis.head(v)).lemma()) != null;
            if (pastThings && reported) {
                pastThing = true;
                v = analysis.head(v);
                continue;
            }
            int noun = pastThings ? reportNounVerb(cue, v) : -1;
            if (noun >= 0) {
                pastThing = true; // "denied reports that its army was moving …, calling them fabrications"
                v = noun;
                continue;
            }
            if (pastThings && v != cue && sources != null && subjects.size() == 1 && sources.thing(subjects.get(0))) {
                String rel = base(analysis.relation(v));
                if (!SUBJECT_PASSING.contains(rel) && !rel.equals("ccomp")) {
                    return -1;
                }
                pastThing = true;
                v = analysis.head(v);
                continue;
            }
            if (subjects.size() > 1 && subjects.get(0) < subjects.get(1) && subjects.get(1) < v
                    && analysis.subtree(subjects.get(1))[0] > 0
                    && analysis.token(analysis.subtree(subjects.get(1))[0] - 1).word().equals(",")
                    && analysis.subtree(subjects.get(1))[1] == v - 1 && parentheticalBefore(v)) {
                // "These farmers, Berg explained at the hearing, were badly hurt": the parser may give the verb of a
                // parenthetical attribution the clause's subject as well; its own is the one nearer to it.
                subjects = List.of(subjects.get(1), subjects.get(0));
            }
            subjects = SubjectRepairs.nominalFirst(analysis, FrontedPhraseSubject.of(analysis, subjects, v));
            for (int s : subjects) {
                int conjunct = v == cue ? SubjectRepairs.butConjunct(analysis, s, cue) : -1;
                if (conjunct >= 0) {
                    return conjunct;
                }
                if (!"nsubj:pass".equals(analysis.relation(s)) || SubjectRepairs.contractedHas(analysis, v, s)) {
                    // "Annette Guessford, who said …": the relative pronoun stands for the noun the clause describes.
                    if (analysis.token(s).tag().startsWith("W") && "acl:relcl".equals(analysis.relation(v))
                            && analysis.head(v) >= 0) {
                        return analysis.head(v);
                    }
                    return s;
                }
            }
            if (!subjects.isEmpty()) {
                // A passive speech verb speaks through its agent: "was criticized by the council".
                for (int o : analysis.children(v, "obl")) {
                    if (hasCase(o, "by")) {
                        return o;
                    }
                }
                return -1;
            }
            // "when asked": the one asked is not the one asking; but in "criticized the deal and called for …" the
            // tagger makes a coordinated past tense a participle, and it shares its head's subject.
            boolean passing = SUBJECT_PASSING.contains(base(analysis.relation(v)))
                    || pastThing && base(analysis.relation(v)).equals("ccomp");
            if (!passing || v == cue
                    && analysis.token(cue).tag().equals("VBN") && !base(analysis.relation(cue)).equals("conj")) {
                return -1;
            }
            if (v == cue && infinitive(cue) && !(base(analysis.relation(cue)).equals("xcomp")
                    && (CARRYING.contains(analysis.token(analysis.head(cue)).lowerLemma())
                    || CarryingAdjectives.carries(analysis.token(analysis.head(cue)))))) {
                return -1; // "voted in the poll to offer their support": a purpose, not something said
            }
            v = analysis.head(v);
        }
        return -1;
    }

    /**
     * The token range {@code [first, last, kind]} of what was said: kind 0 a clausal complement after the verb, 1 the
     * clause before the verb that the verb reports, 2 an infinitive, 3 an object, 4 a quotation after the verb, 5 the
     * clause around a parenthetical attribution ("Many, he said, have closed"), 6 the rest of the sentence after the
     * verb where the parse found no complement (it often misreads "said" without "that").
     */
    private boolean infinitive(int verb) {
        for (int m : analysis.children(verb, "mark")) {
            if (analysis.token(m).word().equalsIgnoreCase("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule own-participle-quotation: "denied reports that …, calling them “pure fiction”": a quotation the parse
     * hangs on the verb whose phrase opens with a speech participle after a comma is that participle's, read as its
     * own statement; this verb's content is its object.
     */
    private boolean ownParticipleCue(int c) {
        int first = analysis.subtree(c)[0];
        Analysis.Token t = analysis.token(first);
        return first > 0 && analysis.token(first - 1).word().equals(",")
                && t.tag().equals("VBG") && lexicon.verbForm(t.word().toLowerCase(Locale.ROOT)) != null;
    }

    private int[] content(int cue, SpeechLexicon.Verb verb, int subject) {
        int[] stray = verb.object() ? DeepConjoinedAct.strayObject(analysis, cue) : null;
        int[] strayRead = stray == null ? null : trimmed(cut(stray, cue, true), cue, subject);
        if (strayRead != null) {
            // "had been agreed and accused the union of …" (rule deep-conjoined-act)
            return new int[]{strayRead[0], strayRead[1], 3};
        }
        int[] passive = PassiveContent.of(analysis, sources, verb, cue, subject);
        if (passive != null) {
            return passive;
        }
        int[] answer = ShortAnswers.of(analysis, cue);
        if (answer != null) {
            return answer;
        }
        int[] named = CharacterizingComplement.of(analysis, resolver, cue);
        if (named != null && !reportedBetween(subject, cue)) {
            // Its own stops bound it; the occasion trim of trimmed() would take "a “critical moment”" for a time.
            int[] t = edges(named, cue, subject);
            if (t != null) {
                return new int[]{t[0], t[1], CharacterizingComplement.KIND};
            }
        }
        if ((!verb.object() || !analysis.children(cue, "ccomp").isEmpty())
                && !ParticipleClauses.garbled(analysis, lexicon, cue)) {
            int[] linear = linear(cue, verb, subject);
            if (linear != null) {
                return linear;
            }
        }
        for (int c : analysis.children(cue, "ccomp")) {
            int[] r = trimmed(cut(ParticipleClauses.range(analysis, lexicon, c, cue), cue), cue, subject);
            if (r != null) {
                return new int[]{r[0], r[1], c < cue ? 1 : 0};
            }
        }
        // "Missiles hit the city, officials said" and "Many, he said, have closed": the parser may hang the verb on
        // the clause it reports.
        int head = analysis.head(cue);
        String rel = base(analysis.relation(cue));
        // A participle ("…, writing …", "when asked") says what follows it, never the clause it hangs on.
        boolean participle = analysis.token(cue).tag().equals("VBG") || analysis.token(cue).tag().equals("VBN");
        if (head >= 0 && !participle && (rel.equals("parataxis") || rel.equals("dep")
                || rel.equals("conj") && head < cue && isQuoted(head))) {
            int[] whole = analysis.subtree(head);
            int[] own = analysis.subtree(cue);
            boolean separated = own[0] - 1 >= 0 && (analysis.token(own[0] - 1).word().equals(",")
                    || isQuoteMark(own[0] - 1) || analysis.token(own[0] - 1).word().matches("--|—|–"));
            // Rule clause-inside-subject: "Acme Foods, the company that wants to build the plant, did not respond …":
            // a garbled parse may hang the verb on a clause inside its own subject's phrase (its relative clause),
            // which describes the speaker and is never what was said before the verb. (Words around the verb may
            // still be: the parse can hang the verb on the subject's relative clause and its object after it.) A
            // clause opened by "who" or "which" is left to the filter relative-clause-before, which judges it.
            boolean insideSubject = subject >= 0 && subject < head && head < cue && analysis.dominates(subject, head)
                    && !RelativeClauseBefore.opensRelative(analysis.token(whole[0]).word());
            if (own[1] >= whole[1] - 1 && separated) {
                int[] r = insideSubject ? null : trimmed(new int[]{whole[0], own[0] - 1}, cue, subject);
                if (r != null) {
                    return new int[]{r[0], r[1], 1};
                }
            } else if (own[0] > whole[0]) {
                int[] r = trimmed(cut(whole, cue), cue, subject);
                if (r != null) {
                    // "… - a provision, the senator said, that …": after an unpaired dash before the aside.
                    return new int[]{DashBeforeAside.start(analysis, resolver, r[0], own[0] - 1), r[1], 5};
                }
            }
        }
        for (String rel2 : List.of("parataxis", "dep", "obj")) {
            for (int c : analysis.children(cue, rel2)) {
                if (c > cue && (startsQuote(c) || quoteCovers(c))
                        && !(rel2.equals("obj") && !analysis.children(c, "cop").isEmpty())
                        && !ownParticipleCue(c)) {
                    // An object with a copula of its own ("the papers the union described were “early drafts”") is
                    // the predicate of another clause the parser tied to the verb, not what the verb's subject said.
                    int[] r = trimmed(toQuoteClose(withinQuotation(c, analysis.subtree(c))), cue, subject);
                    if (r != null) {
                        return new int[]{r[0], r[1], 4};
                    }
                }
            }
        }
        for (int c : analysis.children(cue, "xcomp")) {
            if (PurposeSpeechVerb.of(analysis, lexicon, cue, c)) {
                // "spoke anonymously to discuss the ferry talks": what "discuss" takes was said (rule
                // purpose-speech-verb), only within its own words (in "who spoke … to talk frankly, said …" the
                // rest of the sentence is not what "talk" took) or a phrase with "about" ("to talk frankly about
                // the crews"); nothing, when it takes nothing ("to talk frankly").
                int[] said = content(c, lexicon.verb(analysis.token(c).lemma()), subject);
                said = said != null && said[0] > c && said[1] <= analysis.subtree(c)[1] ? said
                        : PurposeSpeechVerb.topic(analysis, c);
                return said == null ? null : new int[]{said[0], said[1], said[2], PurposeSpeechVerb.MARK, c};
            }
            // "urged the board to be fairer, to listen to …" (step infinitive-series).
            int[] own = analysis.subtree(c);
            int[] r = {own[0], InfinitiveSeries.end(analysis, cue, own[1])};
            // "vowed Tuesday to stay", "called on the board Friday to resign": a day the parse makes the verb's object
            // dates the saying; the one addressed is another object (step time-object-infinitive).
            List<Integer> objects = analysis.children(cue, "obj").stream()
                    .filter(o -> !(analysis.subtree(o)[0] == o && timeWord(analysis.token(o)))).toList();
            int first = objects.isEmpty() || verb.hearer() ? r[0] : Math.min(r[0], analysis.subtree(objects.get(0))[0]);
            int[] t = trimmed(cut(new int[]{first, r[1]}, cue), cue, subject);
            if (t != null && c > cue) {
                return new int[]{t[0], t[1], 2};
            }
        }
        if (verb.object() || verb.lemma().equals("call") || !verb.hearer() && !verb.lemma().equals("say")) {
            for (int c : analysis.children(cue, "obj")) {
                if (c > cue && !hasClauseAfter(c) && (!analysis.token(c).tag().equals("PRP")
                        || PronounObject.reads(analysis, verb, cue, c))) {
                    // "accused Clinton of being influenced", "described the plan as a buzz": what follows the
                    // object belongs to what was said, up to the first comma.
                    int[] r = analysis.subtree(c);
                    int hi = r[1];
                    for (int d : analysis.children(cue)) {
                        String dr = analysis.relation(d);
                        if (d > hi && (dr.equals("obl") || dr.equals("xcomp") || dr.equals("advcl")
                                || dr.equals("ccomp")) && !analysis.token(hi + 1).word().equals(",")) {
                            if (SpeakingCircumstance.of(analysis, d) && !chargeAfter(cue, d)) {
                                break; // "condemned the toll rise in an on-air outburst": the reporter's
                            }
                            hi = analysis.subtree(d)[1];
                        } else if (d > hi + 1 && dr.equals("obj") && analysis.token(hi + 1).word().equals(",")
                                && SeriesObject.continues(analysis, c, hi + 1, d)) {
                            // "questioned the plan, her budget and her record": the parser split the series of
                            // objects (step series-object).
                            hi = analysis.subtree(d)[1];
                        } else if (d > hi && (dr.equals("parataxis") || dr.equals("dep")) && !verb.hearer()
                                && lexicon.verb(analysis.token(d).lemma()) == null
                                && ZeroRelativeObject.continues(analysis, hi, d)) {
                            // "touted the repairs she has helped bring": a relative clause with no pronoun, which the
                            // parser hung on the verb (step zero-relative-object); not one on a speech verb of its own
                            // ("… on the day she announces it"), which may be a second saying.
                            hi = analysis.subtree(d)[1];
                        } else if (d > hi && dr.equals("conj") && GerundConjunct.continues(analysis, d, cue)
                                && !analysis.token(hi + 1).word().equals(",")) {
                            // "blamed the board for raising fares and cutting routes": the gerund is the second thing
                            // blamed, which the parser coordinated with the verb (step gerund-conjunct).
                            hi = analysis.subtree(d)[1];
                        }
                    }
                    // "accuses one of the managers, Tom Baker, of …" (step name-before-charge).
                    hi = NameBeforeCharge.end(analysis, hi, analysis.sentences().get(analysis.sentenceOf(cue)).end());
                    // "outlined a three-step plan: hire, train, retain" (step colon-after-object).
                    hi = ColonAfterObject.end(analysis, text, hi,
                            analysis.sentences().get(analysis.sentenceOf(cue)).end());
                    hi = quotedPredicate(hi);
                    int[] t = trimmed(cut(new int[]{r[0], hi}, cue, true), cue, subject);
                    if (t != null) {
                        return new int[]{t[0], t[1], 3};
                    }
                }
            }
            if (verb.lemma().equals("call")) {
                for (int c : analysis.children(cue, "obl")) {
                    if (c > cue && (hasCase(c, "for") || hasCase(c, "on"))) {
                        int[] t = trimmed(analysis.subtree(c), cue, subject);
                        if (t != null) {
                            return new int[]{t[0] + 1 <= t[1] ? t[0] + 1 : t[0], t[1], 3};
                        }
                    }
                }
                for (int c : analysis.children(cue, "advcl")) {
                    // "called for the footage to be released", "called on people to protest": the parser makes
                    // "for"/"on" the mark of a clause; what was called for is that clause.
                    int[] r = analysis.subtree(c);
                    String mark = analysis.token(r[0]).word();
                    if (c > cue && "mark".equals(analysis.relation(r[0]))
                            && (mark.equalsIgnoreCase("for") || mark.equalsIgnoreCase("on"))) {
                        int[] t = trimmed(new int[]{r[0] + 1, r[1]}, cue, subject);
                        if (t != null) {
                            return new int[]{t[0], t[1], 3};
                        }
                    }
                }
                return null;
            }
        }
        if (verb.object()) {
            // "praised the director's work restoring the pier": the parser may read the object as the subject of the
            // participle after it and hang that on the verb as dep; the whole phrase is what was praised.
            for (int c : analysis.children(cue, "dep")) {
                if (c > cue && analysis.token(c).tag().equals("VBG") && !analysis.children(c, "nsubj").isEmpty()
                        && analysis.subtree(c)[0] == cue + 1) {
                    int[] t = trimmed(analysis.subtree(c), cue, subject);
                    if (t != null) {
                        return new int[]{t[0], t[1], 3};
                    }
                }
            }
        }
        return rest(cue, verb, subject);
    }

    /**
     * Step charge-after-circumstance: "accused her rival on Monday of hiding behind consultants", "blamed the board
     * last week for the delays": when and where stand between the object and the charge, which the parse then hangs
     * on the verb; the charge (an "of", "for" or "with" phrase right after the circumstance) is still what was said,
     * so the circumstance does not end the object reading. So is a grievance ("blasted his rival on Tuesday over his
     * handling of …"; session 28: 1 reported attribution found on all 840 train, none lost).
     */
    private boolean chargeAfter(int cue, int circumstance) {
        int next = analysis.subtree(circumstance)[1] + 1;
        for (int d : analysis.children(cue)) {
            String rel = analysis.relation(d);
            if (d > circumstance && analysis.subtree(d)[0] == next && (rel.equals("obl") || rel.equals("advcl"))) {
                String w = analysis.token(next).word().toLowerCase(java.util.Locale.ROOT);
                return w.equals("of") || w.equals("for") || w.equals("with") || w.equals("over");
            }
        }
        return false;
    }

    /**
     * News attributes a clause in three shapes, told apart by what stands after the verb: "X said (that) CLAUSE" (a
     * clause follows), "CLAUSE, X said." (nothing but time and place follows), and "CLAUSE, X said, CLAUSE" (the
     * attribution set inside). Read linearly, with the parse only to skip the verb's own dependents (when, where, to
     * whom), since the parser often misplaces "said" in long sentences.
     */
    private int[] linear(int cue, SpeechLexicon.Verb verb, int subject) {
        Analysis.Sentence s = analysis.sentences().get(analysis.sentenceOf(cue));
        int[] subj = analysis.subtree(subject);
        boolean subjectBefore = subj[1] < cue;
        int lo = afterStart(cue, verb, subject);
        boolean comma = false;
        for (int i = cue + 1; i < lo && i < s.end(); i++) {
            comma |= analysis.token(i).word().equals(",");
        }
        int[] after = lo < s.end() && !relativeClauseSpent(cue, lo)
                ? relativeClauseEnd(cue, cut(new int[]{lo, s.end() - 1}, cue)) : null;
        boolean afterClause = after != null && (isQuoteMark(after[0]) || finiteVerbIn(after) && after[1] - after[0] >= 2
                || speechContent(after));
        // Before: from the sentence's start to the comma before the attribution.
        int end = subjectBefore ? subj[0] - 1 : cue - 1;
        while (end >= s.first() && (analysis.token(end).tag().equals("RB") || analysis.token(end).word()
                .equalsIgnoreCase("also"))) {
            end--;
        }
        boolean separated = end >= s.first() && (analysis.token(end).word().equals(",") || isQuoteMark(end)
                || analysis.token(end).word().equals("--") || analysis.token(end).word().equals("—"));
        int first = Dateline.after(analysis, s); // "MERIDA BAY — Dock workers will stay out, union leaders said."
        for (int k = end - 1; k > first; k--) {
            String w = analysis.token(k).word();
            if ((w.equals(":") || w.equals(";")) && !resolver.insideQuote(analysis.token(k).start())) {
                first = k + 1; // "Her neighbour disagreed: the fares, he argued, had not risen": a clause of its own
                break;
            }
        }
        int[] before = separated && end - 1 >= first ? new int[]{first, end} : null;
        if (before != null && !subjectBefore && !isQuoteMark(end) && analysis.token(end).word().equals(",")
                && !finiteVerbIn(before)) {
            before = null;
        }
        if (before != null && subjectBefore && !comma && analysis.head(subject) == cue
                && (verbless(before[0], before[1]) || FramingParticiple.frames(analysis, before[0], before[1]))
                && !documentObject(cue)) {
            // "In a message to members, the union urged them to stay home": a phrase with no verb before the verb's own
            // subject is the reporter's framing (the Extractor drops it, rule verbless-before), so what was said is
            // read after the verb: its clause, infinitive or object (rule framing-then-after). Not in "X, he said, Y",
            // where the words before may be the reported clause's own subject; not for a subject carried to a second
            // verb ("…, she ran and declared herself …"), whose fronted phrase frames the first; not when the object
            // is a document ("wrote a letter to the mayor asking …"): it carries what was said, it is not what was.
            // A phrase whose only verbs describe its nouns ("In a letter sent to the board, …") frames the same way
            // (rule framing-participle).
            before = null;
        }
        if (analysis.token(cue).tag().equals("VBG") && subjectBefore) {
            before = null; // "“…,” she said, adding later, “…”": a participle reports what follows it
        }
        if (afterClause && before != null && analysis.token(end).word().equals(",") && finiteVerbIn(before)
                && CommentAfterDash.opens(analysis, cue, after)) {
            afterClause = false; // "…, the board said on Friday — a change that …" (guard comment-after-dash)
        }
        if (afterClause && (before == null || !comma)) {
            int[] r = trimmed(after, cue, subject);
            return r == null ? null : new int[]{r[0], r[1], 0};
        }
        if (before != null) {
            int[] r = trimmed(before, cue, subject);
            if (r == null) {
                return null;
            }
            // "… - the one thing it lacks, officials said, is …": the clause before the aside opens after a dash.
            int[] opened = {DashBeforeAside.start(analysis, resolver, r[0], r[1]), r[1]};
            if (!afterClause && subjectBefore && cue + 2 < s.end()
                    && analysis.token(cue + 1).word().equals(",")
                    && (finite(cue + 2) || PastAfterAside.reads(analysis, cue + 2)) && !finiteVerbIn(opened)) {
                // A past tense the tagger took for a participle counts too (rule verb-aside-past, PastAfterAside).
                // "The one thing the ferry lacks, officials said, is a second engine": the parse hung what follows the
                // aside on the verb, so it was skipped as the verb's own; a phrase with no finite verb before the aside
                // and a finite verb right after it are one clause around the attribution (rule aside-verb-after).
                int[] a = trimmed(new int[]{cue + 2, s.end() - 1}, cue, subject);
                if (a != null) {
                    int from = ConnectiveBeforeAside.start(analysis, opened[0], r[1], a[0]);
                    return finite(cue + 2) ? new int[]{from, a[1], 5}
                            : new int[]{from, a[1], 5, PastAfterAside.MARK};
                }
            }
            // After an inverted attribution ("…, said Jane Roe, who …") what follows describes the speaker.
            boolean inverted = subj[0] > cue;
            if (afterClause && comma && !inverted && !(isQuoteMark(after[0]) && quoteAt(r[0]) != null)
                    && !reportersAfter(r, after)) {
                int[] a = trimmed(after, cue, subject);
                // "The real problem now, he said, is that …": what follows opens with a verb, so the words before are
                // its subject, not the reporter's framing.
                boolean verbFirst = a != null && analysis.token(a[0]).tag().matches("VB[DZP]|MD");
                if (a != null && framing(r) && !verbFirst) {
                    return new int[]{a[0], a[1], 0}; // "Over the years, she said, the town has …"
                }
                if (a != null && NarrationBeforeQuote.reads(analysis, r, after, s.end())) {
                    return new int[]{a[0], a[1], 0, NarrationBeforeQuote.MARK}; // "After …, she replied, “If …”"
                }
                // "The board cut the budget - the cuts, its chairman said, were overdue": after an unpaired dash.
                // "But, she said, …": a connective opening the clause is the reporter's (connective-before-aside).
                int from = ConnectiveBeforeAside.start(analysis, opened[0], r[1], a == null ? -1 : a[0]);
                return new int[]{from, a == null ? r[1] : a[1], 5}; // "Many, he said, have closed."
            }
            return new int[]{r[0], r[1], 1};
        }
        return null;
    }

    /**
     * Whether the attribution stands after what it reports, set off from it: "…, the mayor said", "“…” he added",
     * "… -- she continued". A clause the parser hangs before the verb with anything else in between ("and that
     * work would continue") is not what the verb reports.
     */
    private boolean attributionAfter(int cue, int subject) {
        Analysis.Sentence s = analysis.sentences().get(analysis.sentenceOf(cue));
        int[] subj = analysis.subtree(subject);
        int end = subj[1] < cue ? subj[0] - 1 : cue - 1;
        while (end >= s.first() && (analysis.token(end).tag().equals("RB") || analysis.token(end).tag().equals("MD")
                || analysis.token(end).word().equalsIgnoreCase("also"))) {
            end--;
        }
        if (end < s.first()) {
            return false;
        }
        String w = analysis.token(end).word();
        return w.equals(",") || isQuoteMark(end) || w.equals("--") || w.equals("—") || w.equals("–") || w.equals(":");
    }

    /** Openers of the reporter's framing before a parenthetical attribution, besides the adverbial ones. */
    private static final Set<String> FRAMING = Set.of("besides", "instead", "for", "on", "without", "beyond", "unlike",
            "like", "asked");
    /** Subordinators that may open a clause belonging to what was said ("When the vote fails, she said, …"). */
    private static final Set<String> SUBORDINATORS = Set.of("when", "while", "since", "until", "before", "after");
    private static final Set<String> TIME_ENDS = Set.of("ago", "later", "earlier", "now", "then");

    /**
     * Whether token {@code i} closes a quotation that a speech participle with its own quotation follows: "said the
     * plan was “dead on arrival,” adding, “We will vote it down.”" — the participle is the speaker's next act and
     * reports the quotation after it, so what the first verb reports ends with the closing mark (rule
     * participle-after-quotation). The comma before a participle ends a clause already; here it sits inside the
     * closing mark.
     */
    private boolean participleAfterQuotation(int i, int end) {
        return isQuoteMark(i) && i + 2 <= end && i > 0 && analysis.token(i - 1).word().matches("[,.]")
                && analysis.token(i + 1).tag().equals("VBG") && lexicon.verb(analysis.token(i + 1).lemma()) != null
                && analysis.token(i + 2).word().matches("[,:]");
    }

    /**
     * Whether a dash at token {@code i} opens an aside that is a quotation with its own attribution: "argued that the
     * ferry was safe - “It has never had an accident,” she said - and promised …": what the first verb reports ends
     * before the dash, and the clause after the aside is the speaker's next act (rule attributed-aside).
     */
    private boolean attributedAside(int i, int end) {
        return analysis.token(i).word().matches("-|--|—|–") && attributedQuotationAfter(i, end);
    }

    /**
     * Whether a colon at token {@code i} opens a quotation with its own attribution: "argued that the ferry was safe:
     * “It has never had an accident,” she said": the quotation is the speaker's next act, attributed on its own, and
     * what the first verb reports ends before the colon (rule attributed-colon). Only after a clause (a finite verb
     * between {@code from} and the colon): a noun phrase before the colon ("stressed the need for patience: “…,” she
     * said") reads as no clause, and the sentence's other readings stay as they were.
     */
    private boolean attributedColon(int from, int i, int end) {
        return analysis.token(i).word().equals(":") && i - 1 > from && finiteVerbIn(new int[]{from, i - 1})
                && attributedQuotationAfter(i, end);
    }

    /** Whether the mark at token {@code i} is followed by a quotation that a speech verb of its own attributes. */
    private boolean attributedQuotationAfter(int i, int end) {
        if (i + 1 > end || resolver.insideQuote(analysis.token(i).start()) || !isQuoteMark(i + 1)) {
            return false;
        }
        int q = i + 2;
        while (q <= end && !isQuoteMark(q)) {
            q++;
        }
        if (q > end || !analysis.token(q - 1).word().matches("[,!?]")) {
            return false;
        }
        for (int k = q + 1; k <= Math.min(end, q + 4); k++) {
            Analysis.Token v = analysis.token(k);
            if (v.tag().matches("VBD|VBZ") && lexicon.verb(v.lemma()) != null) {
                return true; // "…,” she said"
            }
        }
        return false;
    }

    /**
     * Whether a speech verb in a relative clause has nothing of its own after it: everything from where its content
     * would start lies past the relative clause, in the main clause ("The harbour master, who spoke at a meeting on
     * Tuesday, warned that …", "A nurse who spoke to reporters said …"). Read linearly, the main clause would be taken
     * for what the relative clause's speaker said, beside the main verb's own reading of it.
     */
    private boolean relativeClauseSpent(int cue, int lo) {
        if (!analysis.relation(cue).equals("acl:relcl") || analysis.head(cue) < 0) {
            return false;
        }
        int main = analysis.head(analysis.head(cue));
        int own = analysis.subtree(cue)[1];
        if (main <= own || lo <= own) {
            return false;
        }
        for (int c : analysis.children(cue, "obj")) {
            if (analysis.token(c).tag().startsWith("W")) {
                // "The fees, which officials said will rise in May, …": the relative pronoun is the subject of what
                // was said, and the parser, finding no clause under "said", made that clause the main one.
                return false;
            }
        }
        // Only punctuation, the main verb's own words ("also", an auxiliary) and what else describes the subject after
        // the relative clause ("Residents who spoke at the hearing, some holding signs, urged …") may stand between.
        int subject = analysis.head(cue);
        for (int k = own + 1; k < main; k++) {
            if (childOf(subject, k) <= own && analysis.head(k) != main && !analysis.relation(k).equals("punct")) {
                return false;
            }
        }
        return true;
    }

    /**
     * What a speech verb in a relative clause set off by commas reports ends at the comma before the verb of the main
     * clause: "Jane Roe, who said last week that the ferry would close, issued a statement …" — read linearly, the
     * clause ran on into the main clause and over the main clause's own attribution (rule relative-clause-comma).
     */
    private int[] relativeClauseEnd(int cue, int[] after) {
        if (after == null || !analysis.relation(cue).equals("acl:relcl") || analysis.head(cue) < 0) {
            return after;
        }
        int main = analysis.head(analysis.head(cue));
        if (main > analysis.subtree(cue)[1] && after[1] >= main && main - 2 >= after[0]
                && analysis.token(main - 1).word().equals(",")) {
            return new int[]{after[0], main - 2};
        }
        return after;
    }

    /**
     * Whether the words before a parenthetical attribution are the reporter's framing rather than the start of what
     * was said: a phrase of time, place or circumstance ("Over the years, she said, …", "Six months ago, he said,
     * …"), a participle ("Asked about the vote, she said, “…”"), "Instead of …", "Besides …". What was said is then
     * only what follows the attribution. On PolNeAR train most clause-around readings too long were of this shape.
     */
    private boolean framing(int[] before) {
        Analysis.Token first = analysis.token(before[0]);
        String w = first.word().toLowerCase(Locale.ROOT);
        if (SUBORDINATORS.contains(w)) {
            return !finiteVerbIn(before);
        }
        if (AdverbialSpans.opener(w) || FRAMING.contains(w) || first.tag().equals("VBN") || first.tag().equals("VBG")) {
            return true;
        }
        boolean time = false;
        for (int i = before[0]; i <= before[1]; i++) {
            Analysis.Token t = analysis.token(i);
            if (t.tag().startsWith("VB") || t.tag().equals("MD")) {
                return false;
            }
            time |= TIME_ENDS.contains(t.word().toLowerCase(Locale.ROOT))
                    || TIME_WORDS.contains(t.word().toLowerCase(Locale.ROOT));
        }
        return time;
    }

    /**
     * The last token of the adverbial clause that holds the cue when that clause opens its sentence ("While critics
     * say the plan will fail, the council …", "After vowing to fix the roads, the mayor …"): what was said ends
     * with that clause, and the main clause after it is the reporter's. Else -1.
     */
    private int openingClauseEnd(int cue) {
        int v = cue;
        for (int guard = 0; guard < 4; guard++) {
            int h = analysis.head(v);
            if (h < 0) {
                return -1;
            }
            String rel = base(analysis.relation(v));
            if (rel.equals("advcl") || CarriedSubjects.gerundOblique(analysis, v)) {
                // "After talking about taxes, he turned to …": a gerund the parse hangs as an oblique opens the
                // sentence the same way.
                if (v > h) {
                    return -1;
                }
                // The clause ends at its comma: "While the leaders say the country must act, they differ …",
                // parsed with "act" as the head of "say", would otherwise end what was said at "the country"
                // (rule opening-clause-comma).
                int end = analysis.subtree(v)[1];
                Analysis.Sentence s = analysis.sentences().get(analysis.sentenceOf(v));
                for (int k = end + 1; k < s.end(); k++) {
                    if (analysis.token(k).word().equals(",")) {
                        return k == end + 1 ? end : k - 1;
                    }
                }
                return -1;
            }
            if (!rel.equals("xcomp") && !rel.equals("conj")) {
                return -1;
            }
            v = h;
        }
        return -1;
    }

    /**
     * Whether what follows a parenthetical attribution is the reporter's rather than the rest of the clause: a
     * participle or a concession ("“…,” she said, adding that …", "…, he said, though …", "…, he said, asked about
     * …"), or anything after a whole quotation that it does not go on as a quotation ("“…,” he said, repeating
     * a refrain"). On PolNeAR train these made most of the clause-around readings that matched nothing.
     */
    private boolean reportersAfter(int[] before, int[] after) {
        Analysis.Token first = analysis.token(after[0]);
        String w = first.word().toLowerCase(Locale.ROOT);
        // "Though …, he said, replacing the nominee would be a mistake": a gerund that is the subject of the clause
        // after the attribution opens what was said, not the reporter's circumstance.
        boolean subjectGerund = first.tag().equals("VBG") && Set.of("nsubj", "csubj")
                .contains(base(analysis.relation(after[0])));
        if (first.tag().equals("VBG") && !subjectGerund || first.tag().equals("VBN") || BREAKS.contains(w)
                || w.equals("as")) {
            // "…, lawmakers said on Friday, as they met in the hall": the reporter's circumstance. Not "since" or
            // "until": on PolNeAR dev "…, he said, until it went bankrupt" goes on with what was said.
            return true;
        }
        int start = analysis.token(before[0]).start();
        int end = analysis.token(before[1]).end();
        return !isQuoteMark(after[0]) && wholeQuote(start, end) != null;
    }

    /**
     * The dependent of the verb that {@code token} belongs to, when it says when, where, how or to whom ("on
     * Tuesday", "in a statement", "Ivan Sokolov" after "told"), else -1.
     */
    private int dependentOf(int cue, int token) {
        int t = childOf(cue, token);
        if (t < 0) {
            return -1;
        }
        String rel = base(analysis.relation(t));
        SpeechLexicon.Verb verb = lexicon.verb(analysis.token(cue).lemma());
        boolean hearer = verb != null && verb.hearer();
        return rel.equals("obl") || rel.equals("advmod") || rel.equals("iobj") || rel.equals("nmod")
                || rel.equals("compound") || rel.equals("obj") && hearer && analysis.children(cue, "iobj").isEmpty()
                && (isHearer(t) || thatClauseAfter(cue, t)) ? t : -1;
    }

    /** The child of {@code cue} whose phrase holds {@code token} (one walk up the parse), else -1. */
    private int childOf(int cue, int token) {
        int t = token;
        for (int guard = 0; guard < 20 && t >= 0 && analysis.head(t) != cue; guard++) {
            t = analysis.head(t);
        }
        return t >= 0 && analysis.head(t) == cue ? t : -1;
    }

    /**
     * "told parliament that …", "assured the committee that …": the object of a verb with a hearer, followed by the
     * "that" of a clause the verb governs, is whom it was told to, whatever the noun.
     */
    private boolean thatClauseAfter(int cue, int object) {
        int next = analysis.subtree(object)[1] + 1;
        if (next >= analysis.tokens().size()) {
            return false;
        }
        // The phrase of the verb that starts right after the object.
        int d = childOf(cue, next);
        if (d >= 0 && analysis.subtree(d)[0] == next
                && ClauseOnOccasionNoun.start(analysis, d, OCCASIONS) > next) {
            return true; // "told analysts on a conference call that …" (step clause-on-occasion-noun)
        }
        if (!analysis.token(next).word().equalsIgnoreCase("that")
                || !"mark".equals(analysis.relation(next))) {
            return false;
        }
        int clause = analysis.head(next);
        return clause >= 0 && analysis.head(clause) == cue && base(analysis.relation(clause)).equals("ccomp");
    }

    /**
     * Where what was said may begin after the verb: past the subject of an inverted attribution, the verb's own
     * dependents (when, where, to whom: "on Tuesday", "in a statement", the hearer of "told"), "that" and commas;
     * the sentence end when a conjunction comes first ("told him about the talks and that …" is not this verb's).
     */
    private int afterStart(int cue, SpeechLexicon.Verb verb, int subject) {
        Analysis.Sentence s = analysis.sentences().get(analysis.sentenceOf(cue));
        int[] subj = analysis.subtree(subject);
        int lo = cue + 1;
        if (subj[1] >= cue && subj[0] > cue && subj[0] <= cue + 2) {
            lo = Math.max(lo, phraseEnd(subject) + 1); // "…," said Jane Roe, an analyst.
        }
        boolean hearer = verb.hearer();
        while (lo < s.end()) {
            Analysis.Token t = analysis.token(lo);
            int occasion = occasionClause(cue, lo);
            int dependent = dependentOf(cue, lo);
            int clauseOnOccasion = dependent >= 0 ? ClauseOnOccasionNoun.start(analysis, dependent, OCCASIONS) : -1;
            String w = t.word().toLowerCase(Locale.ROOT);
            if (t.word().equals(",")) {
                lo++;
            } else if (hearer && lo == cue + 1 && Set.of("him", "her", "them", "me", "us").contains(w)) {
                lo++; // "told her Olena's conditions": her is the hearer, whatever the parse makes of it
                hearer = false;
            } else if (w.equals("it") && lo + 1 < s.end() && finite(lo + 1)) {
                // Step it-opens-clause: "warned it would double the costs": "it" is no one's hearer; the parser's
                // object of the verb is the subject of the reported clause (found extracting an article of our own).
                break;
            } else if (w.equals("that") && !demonstrative(lo, s.end() - 1) && (!analysis.token(lo).tag()
                    .startsWith("DT") || lo + 1 < s.end() && isQuoteMark(lo + 1)) || w.equals(":")) {
                lo++;
            } else if (occasion >= 0) {
                lo = analysis.subtree(occasion)[1] + 1; // "spoke to reporters after the race was called"
            } else if (dependent >= 0 && topicBeforeCondition(cue, dependent)) {
                lo = analysis.subtree(dependent)[0] + 1; // "warned of higher fares if the levy passed"
                break;
            } else if (clauseOnOccasion > lo) {
                lo = clauseOnOccasion + 1; // "told analysts on a call that …"
                break;
            } else if (dependent >= 0 && !isQuoteMark(analysis.subtree(dependent)[0])) {
                lo = analysis.subtree(dependent)[1] + 1;
            } else if (TIME_WORDS.contains(w) || w.equals("also") || w.equals("again") || w.equals("repeatedly")) {
                lo++;
            } else {
                break;
            }
        }
        // "…, analysts say; in 2012 …": what follows a semicolon, or a conjunction ("told him about the talks
        // and that …"), is not this verb's.
        return lo < s.end() && (analysis.token(lo).tag().equals("CC") && !CORRELATIVES.contains(
                analysis.token(lo).word().toLowerCase(Locale.ROOT)) || analysis.token(lo).word().equals(";"))
                ? s.end() : lo;
    }

    /**
     * Whether a dependent of the speech verb is its topic ("of"/"about" a phrase) followed by a condition of the same
     * verb: "warned of higher fares if the levy passed", "joked about leaving if she lost". What was said is the topic
     * with its condition (rule {@code topic-before-condition}); skipping the topic as the verb's own left only "if the
     * levy passed".
     */
    private boolean topicBeforeCondition(int cue, int dependent) {
        int[] r = analysis.subtree(dependent);
        String first = analysis.token(r[0]).word().toLowerCase(Locale.ROOT);
        if (!base(analysis.relation(dependent)).equals("obl") || !analysis.relation(r[0]).equals("case")
                || !(first.equals("of") || first.equals("about")) || r[0] + 1 > r[1]) {
            return false;
        }
        int next = r[1] + 1;
        if (next >= analysis.tokens().size()) {
            return false;
        }
        String w = analysis.token(next).word().toLowerCase(Locale.ROOT);
        int clause = analysis.head(next);
        return (w.equals("if") || w.equals("unless")) && analysis.relation(next).equals("mark") && clause >= 0
                && analysis.head(clause) == cue && analysis.relation(clause).equals("advcl");
    }

    /**
     * An adverbial clause of the speech verb that opens at {@code token} with a subordinator of time ("spoke to
     * reporters shortly after the ferry docked", "said in an interview before the count ended"): it dates the
     * saying, it is not what was said, so what was said begins after it (rule {@code occasion-clause}). Else -1.
     */
    private int occasionClause(int cue, int token) {
        for (int c : analysis.children(cue, "advcl")) {
            int[] r = analysis.subtree(c);
            if (c < cue || r[0] != token) {
                continue;
            }
            int mark = r[0];
            while (mark < r[1] && analysis.token(mark).tag().equals("RB")) {
                mark++; // "just after …"
            }
            if (Occasions.mark(analysis.token(mark).word())) {
                return c;
            }
        }
        return -1;
    }

    /** Whether an object names a hearer ("told him", "told Sokolov", "told reporters"), not what was told. */
    private boolean isHearer(int object) {
        Analysis.Token t = analysis.token(object);
        return t.tag().equals("PRP") || t.tag().startsWith("NNP") || HEARERS.contains(t.lowerLemma());
    }

    private int phraseEnd(int head) {
        int hi = head;
        for (int c : analysis.children(head)) {
            String rel = analysis.relation(c);
            if (c > head && !(rel.startsWith("acl") || rel.equals("appos") || rel.equals("punct"))) {
                hi = Math.max(hi, analysis.subtree(c)[1]);
            }
        }
        return hi;
    }

    /** "told him Putin's demands", "repeated the government's position": a noun phrase of speech content. */
    private boolean speechContent(int[] range) {
        int hi = range[1];
        while (hi > range[0] && isPunct(hi)) {
            hi--;
        }
        if (hi - range[0] > 5 || lexicon.speechNoun(analysis.token(hi).word()) == null) {
            return false;
        }
        for (int i = range[0]; i < hi; i++) {
            if (analysis.token(i).isVerb()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the verb has an object after it that names a document ({@link ParticipleCueSieve#DOCUMENTS}). */
    private boolean documentObject(int cue) {
        return analysis.children(cue, "obj").stream().anyMatch(c -> c > cue
                && ParticipleCueSieve.DOCUMENTS.contains(analysis.token(c).lowerLemma()));
    }

    /** Whether tokens {@code from}..{@code to} hold no verb and no quotation mark ({@link AdverbialSpans#verbless}). */
    private boolean verbless(int from, int to) {
        return from <= to && AdverbialSpans.verbless(analysis, analysis.token(from).start(), analysis.token(to).end());
    }

    private boolean finiteVerbIn(int[] range) {
        for (int i = range[0]; i <= range[1]; i++) {
            if (finite(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A finite verb, or the "’s" of "he’s"/"she’s"/"it’s" the tagger took for a possessive (rule
     * {@code contracted-verb}: "insist she’s returning to the council" read no clause on PolNeAR train).
     */
    private boolean finite(int i) {
        Analysis.Token t = analysis.token(i);
        if (t.tag().matches("VB[DZP]|MD")) {
            return true;
        }
        return t.tag().equals("POS") && (t.word().equals("'s") || t.word().equals("’s")) && i > 0
                && analysis.token(i - 1).tag().equals("PRP") && i + 1 < analysis.tokens().size()
                && analysis.token(i + 1).tag().matches("VB[GN]|RB|JJ|DT|IN");
    }

    /** Whether an object is followed by a verb of its own: "said the organization has become …" misread. */
    private boolean hasClauseAfter(int object) {
        int[] r = analysis.subtree(object);
        int next = r[1] + 1;
        Analysis.Sentence s = analysis.sentences().get(analysis.sentenceOf(object));
        while (next < s.end() && (analysis.token(next).tag().equals("MD") || analysis.token(next).tag().equals("RB"))) {
            next++;
        }
        return next < s.end() && analysis.token(next).tag().matches("VB[DZP]|MD");
    }

    /**
     * The rest of the sentence after the verb, when it reads as a clause (it has a finite verb): where the parse
     * found no complement. What stands between the verb and the clause is skipped: the subject of an inverted
     * attribution, time and manner words, the hearer, "that".
     */
    private int[] rest(int cue, SpeechLexicon.Verb verb, int subject) {
        Analysis.Sentence s = analysis.sentences().get(analysis.sentenceOf(cue));
        int lo = afterStart(cue, verb, subject);
        if (lo >= s.end() || relativeClauseSpent(cue, lo)) {
            return null;
        }
        int[] r = trimmed(cut(new int[]{lo, s.end() - 1}, cue), cue, subject);
        if (r == null || r[1] - r[0] < 2 || PredicateOfModifiedSubject.reads(analysis, cue, r[0])) {
            return null; // "The plan he announced would cut fares": the rest is the subject's predicate
        }
        if (analysis.token(r[0]).tag().equals("VBG") && lexicon.verb(analysis.token(r[0]).lemma()) != null) {
            // Guard rest-opens-with-speech-participle: "Others dispute that, arguing that …": the participle is a
            // speech verb of its own, whose reading gives its clause; the rest would repeat it under the first verb.
            return null;
        }
        return finiteVerbIn(r) ? new int[]{r[0], r[1], 6} : null;
    }

    /**
     * Ends a clause where the reporter's words begin: before ", adding/saying/noting …" (another attribution of the
     * same speaker), ", according to", a semicolon, or ", although/while/whereas …".
     */
    private int[] cut(int[] range, int cue) {
        return cut(range, cue, false);
    }

    /** As {@link #cut(int[], int)}; for a noun object, a gerund conjunct of the verb is the object's second item. */
    private int[] cut(int[] range, int cue, boolean object) {
        int clauseEnd = openingClauseEnd(cue);
        if (range[0] > cue && clauseEnd >= range[0] && clauseEnd < range[1]) {
            range = new int[]{range[0], clauseEnd};
        }
        for (int i = Math.max(range[0] + 1, cue + 1); i <= range[1]; i++) {
            Analysis.Token t = analysis.token(i);
            if (participleAfterQuotation(i, range[1])) {
                return new int[]{range[0], i};
            }
            if (t.word().equalsIgnoreCase("with") && closingAside(i, range[1]) && !resolver.insideQuote(t.start())) {
                return new int[]{range[0], i - 1};
            }
            if (t.word().equals(";") && !resolver.insideQuote(t.start())
                    && !ClauseInnerBreaks.semicolonSeries(analysis, resolver, range[0], i, range[1])) {
                return new int[]{range[0], i - 1};
            }
            if (coordinatedWithCue(i, cue) && !resolver.insideQuote(t.start())
                    && !(object && GerundConjunct.continues(analysis, i, cue))) {
                // "said he would order a review and warned against hackers": the second verb is the subject's own
                // next act, not part of what was said; the clause ends before its "and".
                int stop = i;
                for (int c : analysis.children(i, "cc")) {
                    stop = Math.min(stop, c);
                }
                if (stop - 1 > range[0]) {
                    return new int[]{range[0], stop - 1};
                }
            }
            if (attributedAside(i, range[1]) && i - 1 > range[0] || attributedColon(range[0], i, range[1])) {
                return new int[]{range[0], i - 1};
            }
            boolean dash = t.word().matches("--|—|–");
            if (!(t.word().equals(",") || dash) || i + 1 > range[1] || resolver.insideQuote(t.start())) {
                continue;
            }
            if (NarrationBreaks.at(analysis, i, range[1])) {
                return new int[]{range[0], i - 1}; // "…, but the vote failed": the reporter's sentence
            }
            if (dash) {
                continue;
            }
            Analysis.Token next = analysis.token(i + 1);
            String w = next.word().toLowerCase(Locale.ROOT);
            if (next.tag().equals("VBG") && lexicon.verb(next.lemma()) != null
                    || w.equals("according") || BREAKS.contains(w)
                    && !ClauseInnerBreaks.verblessConcession(analysis, i + 1, range[1])
                    && !EvenIfCondition.at(analysis, range[0], i + 1)
                    || trailingAttribution(i + 1, range[1])
                    || closingAside(i + 1, range[1])) {
                return new int[]{range[0], i - 1};
            }
        }
        return range;
    }

    /**
     * A verb coordinated with the speech verb and sharing its subject: a conjunct of the cue itself, or one the
     * parser hung on the reported clause's verb although its tense is the cue's ("said he would order … and warned
     * …": "warned" is past like "said", unlike "order").
     */
    private boolean coordinatedWithCue(int i, int cue) {
        Analysis.Token t = analysis.token(i);
        int head = analysis.head(i);
        if (!t.tag().startsWith("VB") || head < 0 || !base(analysis.relation(i)).equals("conj")
                || !analysis.children(i, "nsubj").isEmpty() || !analysis.children(i, "nsubj:pass").isEmpty()) {
            return false;
        }
        if (head == cue) {
            // A conjunct that shares the speaker's subject agrees with it in number: in "Ukraine says the votes broke
            // the law and were held under threat" the parser hung the reported clause's own conjunct ("were", plural)
            // on the cue, whose subject is singular, so it stays in the clause.
            Count conjunct = number(i);
            Count speaker = speakerNumber(cue);
            // "says the levy is unfair and could close the cannery": a modal the speech verb has not (step
            // clause-own-conjunct).
            if (ClauseOwnConjunct.modalOnCue(analysis, lexicon, i, cue)) {
                return false;
            }
            // "says the firm cut prices in May and raised them in June": a conjunct in another tense than the
            // speech verb is not its subject's next act but the reported clause's (step clause-own-conjunct).
            if (ClauseOwnConjunct.otherTense(analysis, lexicon, i, cue)) {
                return false;
            }
            return conjunct == null || speaker == null || conjunct == speaker;
        }
        String tag = analysis.token(cue).tag();
        boolean tense = (tag.equals("VBD") || tag.equals("VBZ")) && DeepConjoinedAct.form(analysis, i).equals(tag)
                && head > cue
                && !analysis.token(head).tag().equals(tag) && analysis.token(head).tag().startsWith("VB");
        // "said he was troubled by the reports and wanted to see …": the clause's tense is in its auxiliary, and a
        // verb that is no speech act goes on with what was said (step clause-own-conjunct).
        return tense && !ClauseOwnConjunct.continues(analysis, lexicon, i, head);
    }

    /** Grammatical number. */
    private enum Count { SINGULAR, PLURAL }

    /** The number a verb shows by its own form or its auxiliary's ("has campaigned", "were held"); null for "said". */
    private Count number(int verb) {
        List<Integer> words = new ArrayList<>(List.of(verb));
        words.addAll(analysis.children(verb, "aux"));
        words.addAll(analysis.children(verb, "aux:pass"));
        for (int w : words) {
            String word = analysis.token(w).word().toLowerCase(Locale.ROOT);
            String tag = analysis.token(w).tag();
            if (tag.equals("VBZ") || Set.of("was", "is", "has", "does").contains(word)) {
                return Count.SINGULAR;
            }
            if (Set.of("were", "are").contains(word) || tag.equals("VBP") && !word.equals("am")) {
                return Count.PLURAL;
            }
        }
        return null;
    }

    /** The number of the speech verb's subject: from the verb's form ("says") or the subject's noun or pronoun. */
    private Count speakerNumber(int cue) {
        Count byVerb = number(cue);
        if (byVerb != null) {
            return byVerb;
        }
        int subject = subject(cue);
        if (subject < 0) {
            return null;
        }
        String tag = analysis.token(subject).tag();
        String word = analysis.token(subject).word().toLowerCase(Locale.ROOT);
        if (tag.equals("NNS") || tag.equals("NNPS") || Set.of("they", "we").contains(word)) {
            return Count.PLURAL;
        }
        if (tag.equals("NN") || tag.equals("NNP") || Set.of("he", "she", "it").contains(word)) {
            return Count.SINGULAR;
        }
        return null;
    }

    /** "…, Ivan Sokolov said." closing the range: the attribution that reports the clause before it. */
    private boolean trailingAttribution(int from, int to) {
        for (int v = from; v <= to && v <= from + 8; v++) {
            Analysis.Token t = analysis.token(v);
            if (t.tag().startsWith("VB") && lexicon.verb(t.lemma()) != null) {
                for (int j = v + 1; j <= to; j++) {
                    if (!isPunct(j) && !TIME_WORDS.contains(analysis.token(j).word().toLowerCase(Locale.ROOT))
                            && dependentOf(v, j) < 0) {
                        return false;
                    }
                }
                return v > from; // a subject stands between the comma and the verb
            }
            if (t.isVerb()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The reporter's aside closing the sentence: an apposition ("…, one of the towns retaken in the spring") or an
     * absolute ("…, with dozens of drivers being recruited").
     */
    private boolean closingAside(int from, int to) {
        String w = analysis.token(from).word().toLowerCase(Locale.ROOT);
        if (w.equals("one") && from + 1 <= to && analysis.token(from + 1).word().equals("of")) {
            for (int j = from + 2; j <= to; j++) {
                if (analysis.token(j).word().equals(",") || analysis.token(j).word().equals(";")) {
                    return false;
                }
            }
            return true;
        }
        if (w.equals("with")) {
            for (int j = from + 1; j <= to && j <= from + 7; j++) {
                String x = analysis.token(j).word().toLowerCase(Locale.ROOT);
                if (x.equals("being") || x.equals("having")) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isQuoted(int token) {
        return resolver.insideQuote(analysis.token(token).start());
    }

    /** A range without the verb, the subject, "that" and punctuation at its edges; null when nothing is left. */
    private int[] trimmed(int[] range, int cue, int subject) {
        int[] r = edges(range, cue, subject);
        if (r == null || r[0] < cue) {
            return r;
        }
        // What the verb has at the end that says when or on what occasion it was said ("… Thursday night", "… in an
        // interview on CNN") is not what was said.
        int lo = r[0];
        int hi = r[1];
        for (int guard = 0; guard < 5 && hi > lo; guard++) {
            int d = dependentOf(cue, hi);
            if (d < 0 || analysis.subtree(d)[0] <= lo || isQuoteMark(hi) || !occasion(d)) {
                break;
            }
            hi = analysis.subtree(d)[0] - 1;
            while (hi >= lo && isPunct(hi) && !isQuoteMark(hi)) {
                hi--;
            }
        }
        return lo <= hi ? new int[]{lo, hi} : null;
    }

    /** A dependent that dates the saying or names its occasion: "on Monday", "last week", "in an interview". */
    private boolean occasion(int dependent) {
        String rel = analysis.relation(dependent);
        String w = analysis.token(dependent).lowerLemma();
        // An adverb whose words open with a verb the parse gave it ("say the warnings came too late", "came" a copula
        // of "late") is the end of the reported clause, not when it was said.
        boolean adverb = rel.equals("advmod") && !analysis.token(analysis.subtree(dependent)[0]).isVerb();
        return rel.endsWith(":tmod") || adverb || TIME_WORDS.contains(w) || OCCASIONS.contains(w);
    }

    private int[] edges(int[] range, int cue, int subject) {
        int lo = range[0];
        int hi = range[1];
        int[] subj = analysis.subtree(subject);
        // The verb and its subject are not what was said, wherever the parse puts them.
        if (cue >= lo && cue <= hi) {
            if (cue - lo > hi - cue) {
                hi = Math.min(hi, Math.min(cue, subj[0]) - 1);
            } else {
                lo = Math.max(lo, cue + 1);
            }
        }
        if (subj[0] >= lo && subj[1] <= hi && (subj[0] == lo || subj[1] == hi)) {
            if (subj[0] == lo) {
                lo = subj[1] + 1;
            } else {
                hi = subj[0] - 1;
            }
        }
        while (lo <= hi && (LEADING.contains(analysis.token(lo).word().toLowerCase(Locale.ROOT))
                && !(analysis.token(lo).word().equalsIgnoreCase("that") && (!analysis.token(lo).tag().equals("IN")
                || demonstrative(lo, hi)))
                || isPunct(lo) && !isQuoteMark(lo))) {
            lo++;
        }
        while (hi >= lo && isPunct(hi) && !isQuoteMark(hi)) {
            hi--;
        }
        return lo <= hi ? new int[]{lo, hi} : null;
    }

    /**
     * "she repeated that claim, adding …": a "that" followed by a common noun and no verb before the next
     * punctuation mark points back at what was said before; the tagger may still tag it as the "that" of a clause.
     * Without it, the statement would be the bare noun ("claim").
     */
    private boolean demonstrative(int that, int hi) {
        if (that + 1 > hi || !analysis.token(that + 1).tag().matches("NNS?")) {
            return false;
        }
        for (int k = that + 1; k <= hi && !isPunct(k); k++) {
            String tag = analysis.token(k).tag();
            if (tag.startsWith("VB") || tag.equals("MD")) {
                return false;
            }
        }
        return true;
    }

    private boolean isPunct(int i) {
        String tag = analysis.token(i).tag();
        return tag.equals(",") || tag.equals(".") || tag.equals(":") || tag.equals("-LRB-") || tag.equals("-RRB-")
                || tag.equals("HYPH") || tag.equals("NFP");
    }

    private boolean isQuoteMark(int i) {
        return Quotes.isMark(analysis.token(i));
    }

    /** The quotation that opens at token {@code i} (its mark or its first word), or null. */
    private Quote quoteAt(int i) {
        int at = analysis.token(i).start();
        for (Quote q : quotes) {
            if (!q.nested() && (q.open() == at || q.start() == at)) {
                return q;
            }
        }
        return null;
    }

    /**
     * "called her “one of the most qualified nominees this department has had”": the parse may end the object inside
     * the quotation that opens it (the rest hung on the verb), and the quotation is one piece of what was said
     * (step object-to-quote-close); the words are read on to the closing mark when it closes in the same sentence.
     */
    private int[] toQuoteClose(int[] range) {
        int from = analysis.token(range[0]).start();
        int to = analysis.token(range[1]).end();
        Analysis.Sentence s = analysis.sentences().get(analysis.sentenceOf(range[1]));
        int sentenceEnd = analysis.token(s.end() - 1).end();
        for (Quote q : quotes) {
            if (!q.nested() && q.open() >= from && q.open() < to && q.close() >= to && q.close() < sentenceEnd) {
                int close = analysis.tokenAt(q.close());
                return close > range[1] ? new int[]{range[0], close} : range;
            }
        }
        return range;
    }

    /**
     * Step object-within-quotation: when the parse makes a word inside a quotation the verb's object and hangs on it
     * words past the quotation's close, the statement starts at the opening mark, so that it never shows half a
     * quotation; and when what follows the close is "and" or "but" and a verb ("said the senator owed voters “a full
     * accounting” and called for …"), that verb is the speaker's next act, which the parser hung on the object: the
     * statement ends at the closing mark.
     */
    private int[] withinQuotation(int c, int[] range) {
        int at = analysis.token(c).start();
        for (Quote q : quotes) {
            if (!q.nested() && q.open() < at && at < q.close() && analysis.token(range[0]).start() > q.open()
                    && analysis.token(range[1]).end() > q.close() + 1) {
                int open = analysis.tokenAt(q.open());
                int close = analysis.tokenAt(q.close());
                if (open < 0 || close < open) {
                    return range;
                }
                boolean nextAct = close + 2 <= range[1] && analysis.token(close + 1).tag().equals("CC")
                        && analysis.token(close + 2).tag().startsWith("VB");
                return new int[]{open, nextAct ? close : range[1]};
            }
        }
        return range;
    }

    private boolean startsQuote(int token) {
        int[] r = analysis.subtree(token);
        int at = analysis.token(r[0]).start();
        return quotes.stream().anyMatch(q -> !q.nested() && Math.abs(q.open() - at) <= 1);
    }

    private boolean quoteCovers(int token) {
        int at = analysis.token(token).start();
        return resolver.insideQuote(at);
    }

    /** The quotation that is all of {@code [start, end)} but punctuation, or null. */
    /**
     * "called the figure “a fantasy number”": a quotation opening right after the object is what the object was
     * called, whatever the parse made of it; on PolNeAR train the annotators take object and quotation together.
     * Returns the last token of that quotation (its closing mark), or {@code hi} when none opens after it.
     */
    private int quotedPredicate(int hi) {
        Analysis.Sentence s = analysis.sentences().get(analysis.sentenceOf(hi));
        if (hi + 1 >= s.end()) {
            return hi;
        }
        int at = analysis.token(hi + 1).start();
        for (Quote q : quotes) {
            if (!q.nested() && q.open() == at) {
                int last = hi;
                for (int i = hi + 1; i < s.end() && analysis.token(i).end() <= q.after(); i++) {
                    last = i;
                }
                return last;
            }
        }
        return hi;
    }

    private Quote wholeQuote(int start, int end) {
        for (Quote q : quotes) {
            if (q.nested()) {
                continue;
            }
            int s = Math.min(q.open(), q.start());
            int e = Math.max(q.after(), q.end());
            if (s <= start + 1 && e >= end - 1 && start < q.end() && q.start() < end) {
                return q;
            }
            if (start <= q.open() + 1 && end >= q.end() && q.start() - start <= 2 && end - q.after() <= 2) {
                return q;
            }
        }
        return null;
    }

    private boolean hasCase(int token, String word) {
        for (int c : analysis.children(token, "case")) {
            if (analysis.token(c).word().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    static String base(String relation) {
        if (relation == null) {
            return "";
        }
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
