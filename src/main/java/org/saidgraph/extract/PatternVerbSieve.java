package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reported speech read from the text's patterns where the parse gave nothing for a speech verb (a tagger's slip such
 * as "Musk/NN proposed/VBN"): "X said/claimed/denied/proposed (that) …", "X told Y …", the attribution after its
 * clause ("Missiles hit the city, officials said"). The statement's span is the reported clause only, without the
 * speaker, the verb, the hearer and "that", ending where the sentence or the reported clause ends.
 */
final class PatternVerbSieve extends TextSieve {

    static final String ROLE_SUBJECT = "role-subject";
    static final String HEADLINE_VERB = "headline-verb";
    /** The tags before a hyphenated compound that make it a noun phrase's ("the tax-writing …", "her lashing"). */
    private static final java.util.Set<String> COMPOUND_BEFORE = java.util.Set.of("DT", "PRP$", "POS");
    private static final Pattern HEADLINE_PARTICLE = Pattern.compile("(?:for|at)\\s+", Pattern.CASE_INSENSITIVE);
    static final String COORDINATED_SUBJECT = "coordinated-subject";
    static final String RELATIVE_SUBJECT = "relative-subject";
    static final String RELATIVE_CLAUSE_OWNER = "relative-clause-owner";
    /** The comma and "who" opening a relative clause on a name: "Jane Roe, who …". */
    private static final Pattern RELATIVE_WHO = Pattern.compile(",\\s+who\\s");
    /** What closes a relative clause before the verb, or sets the verb apart from it. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:\"“”—–]|\\s-+\\s");
    /** The comma and pronoun opening a relative clause on a name: "Jane Roe, who …", "Jane Roe, whose …". */
    private static final Pattern RELATIVE_OPEN = Pattern.compile(",\\s+(?:who|whose)\\s");
    /** What joins the last two names of a coordinated subject ("A and B", "A, B and C", "A & B"). */
    private static final Pattern LAST_LINK = Pattern.compile("\\s*,?\\s+(?:and|&)\\s+");
    /** What joins the earlier names of a list ("A, B and C"). */
    private static final Pattern LIST_LINK = Pattern.compile("\\s*,\\s+");

    private static final Pattern TIME = Pattern.compile("^(?:(?:on|last|this|early|late|earlier|later)\\s+)?"
            + "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tonight|earlier|later|again|also"
            + "|previously|repeatedly|publicly|privately|recently|week|month|year)(?:\\s+(?:night|morning|evening"
            + "|afternoon))?\\b,?\\s*");
    private static final Pattern DATELINE = Pattern.compile("^[A-Z][A-Z .'\\-]+(?:,\\s*[A-Z][\\p{L} .'\\-]+)?\\s*"
            + "(?:\\([^)]{1,20}\\))?\\s*[—–-]+\\s*");
    private static final Pattern TRAILING_ATTRIBUTION_END = Pattern.compile("^\\s*(?:[.!?]|,|(?:on|in|at)\\s[^,]{0,40}[.,])");
    private static final Pattern COMMA_ASIDE_THAT = Pattern.compile("^,\\s[^,\"“”]{1,60},\\s+that\\s+");
    private static final Pattern ADVERBIAL = Pattern.compile("^(?:in response|in reply|back|on Twitter|on Telegram"
            + "|on social media|in a (?:tweet|post|statement|video|message))\\b\\s*");
    private static final Pattern PREPOSITION_TO_THAT = Pattern.compile("^(?:in|on|at|during|to|after|before|from|via"
            + "|through|while)\\s[^,;\"“”]{0,100}?\\bthat\\s+");
    private static final Pattern HEARER_TO_THAT = Pattern.compile("^(?:[\\p{L}.\\-]+\\s+){1,4}?that\\s+");
    private static final Pattern OBJECT_PRONOUN = Pattern.compile("^(?:him|her|them|me|us|reporters|journalists)\\b\\s*",
            Pattern.CASE_INSENSITIVE);
    /** A negation right before the verb: "have not said", "didn't say", "never said". */
    private static final Pattern NEGATED = Pattern.compile("(?:\\bnot|n['’]t|\\bnever)\\s+(?:[\\p{L}]+\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /**
     * What follows "spoke"/"talked" when it names the topic: "of …" or "out …" (after adverbs: "emotionally of"),
     * "about …" within a few words ("to the drivers about …"); not an "of" inside the audience ("to a gathering of").
     */
    private static final Pattern TOPIC = Pattern.compile("^(?:(?:[\\p{L}]+ly\\s+){0,2}(?:of|out)\\b"
            + "|(?:[\\p{L}'’.\\-]+\\s+){0,4}?about\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOUN_THAT = Pattern.compile("\\s+that\\s");
    private static final Pattern COORDINATED = Pattern.compile("(?i)(?:and|but|or|then|before|after)\\s");
    private static final Pattern RESPONSE = Pattern.compile("\\b(?:offered|gave|issued|delivered|fired off)\\s+"
            + "(?:(?:a|an|his|her|their|its)\\s+)?(?!no\\s)(?:[\\p{L}-]+\\s+){0,3}?(?:response|reply|rebuke|rebuttal|retort)"
            + "\\s+to\\b");


    @Override
    TextSieve fresh() {
        return new PatternVerbSieve();
    }

    private Draft draft;

    @Override
    List<Found> read(Draft draft) {
        this.draft = draft;
        return run(draft);
    }

    private List<Found> run(Draft draft) {
        List<Found> found = new ArrayList<>();
        String lastSpeaker = null;
        Matcher m = clauses.verbs(text);
        while (m.find()) {
            int at = m.start();
            if (resolver.insideQuote(at) || draft.cueTaken(at) || draft.statements.stream().anyMatch(f -> !f.quoteOnly
                    && f.start <= at && at < f.end)) {
                continue;
            }
            if (hyphenCompound(draft.analysis, at)) {
                continue;
            }
            boolean headlineVerb = taggedCommonNoun(draft.analysis, at) && headlineVerbAfterName(draft.analysis, at);
            if (taggedCommonNoun(draft.analysis, at) && !NOUN_THAT.matcher(text).region(m.end(), text.length())
                    .lookingAt() && !headlineVerb) {
                // Rule cue-tagged-noun: "Harbour dispute deepens", "the call for calm": a word that is a speech verb
                // in other sentences, which the tagger read as a common noun here. A proper-noun tag is not trusted
                // (title-case headlines: "Musk Proposes Peace Plan"), nor a noun whose "that" clause says what was
                // said ("a Times report that he lost money").
                continue;
            }
            Found f = atVerb(m.start(), m.end(), m.group(), lastSpeaker);
            if (f != null && headlineVerb) {
                headlineObject(f);
            }
            if (f != null) {
                found.add(f);
                lastSpeaker = f.speaker;
            }
        }
        return found;
    }


    /**
     * Rule headline-verb-after-name: in the headline, a speech verb's "-s" form right after a proper name ("Roe blasts
     * Doe over port plan") is the headline's present-tense verb, whatever the tagger read ("blasts/NNS").
     */
    private boolean headlineVerbAfterName(Analysis analysis, int at) {
        if (!layout.inHeadline(at)) {
            return false;
        }
        int i = analysis.tokenAt(at);
        if (i <= 0 || analysis.token(i).start() != at || !analysis.token(i).word().endsWith("s")) {
            return false;
        }
        String before = analysis.token(i - 1).tag();
        // "Roe emails now deemed secret", "Roe emails released": a verb or adverb after it makes the word a noun.
        String after = i + 1 < analysis.tokens().size() ? analysis.token(i + 1).tag() : ".";
        return (before.equals("NNP") || before.equals("NNPS")) && !after.startsWith("VB") && !after.startsWith("RB")
                && !after.equals("MD") && !after.equals(".");
    }

    /** A headline verb's object: the statement is rule {@code headline-verb}, without the verb's preposition. */
    private void headlineObject(Found f) {
        f.rule = HEADLINE_VERB;
        // The preposition the verb takes is the cue's ("presses for", "hints at"), not the content's.
        Matcher p = HEADLINE_PARTICLE.matcher(text).region(f.start, f.end);
        if (p.lookingAt() && p.end() < f.end) {
            f.start = p.end();
        }
    }

    /**
     * Rule hyphen-compound: "the tax-writing panel", "the tongue-lashing she gave", "the self-described centrist": a
     * speech verb's form joined by a hyphen to a noun before it, the compound standing after a determiner or before a
     * noun, names a thing or a kind, not a saying. Elsewhere the verb stays one ("declined, half-joking to reporters
     * that …").
     */
    private boolean hyphenCompound(Analysis analysis, int at) {
        if (at < 2 || text.charAt(at - 1) != '-' || !Character.isLetter(text.charAt(at - 2))) {
            return false;
        }
        int noun = analysis.tokenAt(at - 2);
        int verb = analysis.tokenAt(at);
        if (noun < 0 || verb < 0 || !analysis.token(noun).tag().startsWith("NN")) {
            return false;
        }
        String before = noun > 0 ? analysis.token(noun - 1).tag() : "";
        String after = verb + 1 < analysis.tokens().size() ? analysis.token(verb + 1).tag() : "";
        return COMPOUND_BEFORE.contains(before) || after.startsWith("NN") || after.startsWith("JJ");
    }

    private static boolean taggedCommonNoun(Analysis analysis, int at) {
        int i = analysis.tokenAt(at);
        if (i < 0 || analysis.token(i).start() != at) {
            return false;
        }
        String tag = analysis.token(i).tag();
        return tag.equals("NN") || tag.equals("NNS");
    }

    private Found atVerb(int verbStart, int verbEnd, String verb, String lastSpeaker) {
        String v = verb.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        TextLayout.Range sentence = layout.sentenceAt(verbStart);
        int floor = sentence.start();
        for (Quote q : quotes) {
            if (!q.nested() && q.after() <= verbStart && q.after() > floor) {
                floor = q.after();
            }
        }
        Mention subject = resolver.subjectBefore(verbStart, floor);
        double confidence = 0.75;
        boolean opened = false;
        if ((subject == null || resolver.locativePlace(subject)) && v.endsWith("ing")) {
            // Rule locative-place: "in Bangor, Maine, promising …" is the sentence's subject's promise.
            Mention opening = resolver.sentenceSubject(sentence, verbStart);
            if (opening != null || subject == null) {
                subject = opening;
                confidence = 0.6;
                opened = true;
            }
        }
        if (subject == null) {
            return null;
        }
        // Rule when-question: after a negated verb, "when" opens what was not said ("have not said when they would
        // vote"), an embedded question, not the time of the saying ("spoke when the vote was called").
        boolean negated = NEGATED.matcher(text.substring(Math.max(sentence.start(), verbStart - 30), verbStart)).find();
        int pos = clauseStart(verbEnd, v, sentence, negated);
        int end;
        if (pos < 0 || pos >= clauses.clauseEnd(pos < 0 ? verbEnd : pos, sentence)) {
            // "Missiles struck the city on Monday, officials said." The clause comes first.
            int comma = text.lastIndexOf(',', subject.titleStart());
            String between = comma < 0 ? "" : text.substring(comma + 1, subject.titleStart());
            String tail = text.substring(verbEnd, sentence.end());
            if (comma <= floor || !between.isBlank() || !TRAILING_ATTRIBUTION_END.matcher(tail).lookingAt()
                    || quotes.stream().anyMatch(q -> !q.nested() && q.open() >= sentence.start() && q.open() < comma)) {
                return null;
            }
            pos = floor;
            end = comma;
            Matcher dateline = DATELINE.matcher(text.substring(pos, end));
            if (dateline.lookingAt()) {
                pos += dateline.end(); // "KYIV, Ukraine (AP) — " is the wire's, not the speaker's
            }
        } else {
            SpeechLexicon.Verb lemma = lexicon.verbForm(v);
            if (lemma != null && lemma.lemma().equals("continue")) {
                // Rule continue-after: "continued to raise money", "continues to lead in polls" go on doing
                // something; "continue" reports words only after them ("…,” she continued.), read above.
                return null;
            }
            if (lemma != null && (lemma.lemma().equals("speak") || lemma.lemma().equals("talk"))
                    && !TOPIC.matcher(text.substring(pos, sentence.end())).lookingAt()) {
                // Rule speak-topic: "spoke to a gathering of …", "spoke at a rally", "talking points": where and to
                // whom someone spoke; what was said follows "of", "about" or "out" ("spoke out against …").
                return null;
            }
            end = clauses.clauseEnd(pos, sentence);
            end = beforeTrailingAttribution(pos, end, sentence);
        }
        if (end <= pos) {
            return null;
        }
        String clause = text.substring(pos, end).trim();
        int words = clause.split("\\s+").length;
        SpeechLexicon.Verb form = lexicon.verbForm(v);
        // "offered two options": an offer needs a clause or speech content, as in the parse's reading (VerbCueSieve).
        boolean nounObject = form != null && form.object() && !form.lemma().equals("offer")
                || clauses.speechContent(clause);
        if (words < (nounObject ? 2 : 3) || form != null && form.clauseOnly() && !clause.startsWith("that ")) {
            return null; // a clause-only verb reports a "that" clause, never its hearer's business
        }
        if (COORDINATED.matcher(clause).lookingAt()) {
            return null; // "tried tweeting again and opted for a poll": the next verb of the subject, not its words
        }
        if (v.startsWith("offer") && clause.regionMatches(true, 0, "no ", 0, 3)) {
            return null; // "offered no evidence": nothing proposed
        }
        if (RESPONSE.matcher(text.substring(verbStart, sentence.end())).lookingAt()) {
            return null; // "offered a sharp response to …" is a reaction, read by reactions()
        }
        Mention owner = relativeOwner(subject, floor, verbStart);
        if (owner != null) {
            subject = owner;
        }
        Mention antecedent = opened || isWho(subject) ? openRelativeOwner(floor, verbStart) : null;
        if (antecedent != null) {
            subject = antecedent;
        }
        Mention first = firstConjunct(subject, floor);
        String speaker = first == subject ? null : resolver.resolve(first, lastSpeaker);
        if (speaker == null) {
            speaker = resolver.resolve(subject, lastSpeaker);
        }
        Sources.Source role = roleSubject(verbStart, subject);
        if (role != null) {
            speaker = role.speaker();
        }
        if (speaker == null && subject.kind() == Mention.Kind.DESCRIPTION) {
            speaker = resolver.salientPerson(verbStart);
            confidence = 0.4;
        }
        if (speaker == null) {
            return null;
        }
        Found f;
        Quote whole = quoteSpanning(pos);
        if (whole != null) {
            // "He said “…”": the clause is a quotation, which stays a direct quote with this attribution.
            f = new Found(whole.start(), whole.end(), true);
            f.quoteOnly = true;
            f.act = clauses.actOf(v);
            f.rule = "pattern-verb";
        } else {
            f = new Found(pos, end, false);
            f.act = clauses.actOf(v);
            f.rule = "pattern-verb";
        }
        f.speaker = speaker;
        f.confidence = subject.kind() == Mention.Kind.PERSON || subject.kind() == Mention.Kind.ORGANIZATION
                ? confidence : confidence - 0.1;
        f.cue = verbStart;
        f.cueEnd = verbEnd;
        return f;
    }


    /**
     * Rule {@value #ROLE_SUBJECT}: the text pattern takes the nearest name before the verb as its subject, but a name
     * inside a prepositional phrase of the parse's subject only says whose the subject is — "A spokeswoman for the
     * Harbour Trust did not respond to …", "Board members at the Fund wrote to …": the spokeswoman and the members
     * speak, not the Trust or the Fund. The speaker is then the parse's subject phrase, as {@link Sources} names it
     * for the parse's own readings (a person in apposition, a role of an organization), or null when this shape does
     * not hold or that phrase names no one.
     */
    private Sources.Source roleSubject(int verbStart, Mention subject) {
        if (draft == null || draft.sources == null || subject.end() <= subject.start()) {
            return null;
        }
        Analysis a = draft.analysis;
        int cue = a.tokenAt(verbStart);
        int x = a.tokenAt(subject.end() - 1);
        if (cue < 0 || a.token(cue).start() != verbStart || x < 0 || !a.parsed(cue) || !a.parsed(x)) {
            return null;
        }
        boolean prepositional = false;
        for (int guard = 0; guard < 6 && a.head(x) >= 0 && a.head(x) < cue; guard++) {
            String r = a.relation(x) == null ? "" : a.relation(x);
            int h = a.head(x);
            if (r.startsWith("nmod") && !r.equals("nmod:poss") && !r.equals("nmod:tmod")) {
                prepositional = true;
            } else if (!r.equals("compound") && !r.equals("conj")) {
                return null;
            }
            String up = a.relation(h) == null ? "" : a.relation(h);
            if (up.startsWith("nsubj") && a.token(h).tag().startsWith("NN") && a.token(h).start() < subject.start()) {
                return prepositional ? draft.sources.of(h, cue) : null;
            }
            x = h;
        }
        return null;
    }

    /**
     * Rule {@value #RELATIVE_SUBJECT}: in "Jane Roe, who was to travel to Dayton, Ohio, on Friday, said …" the
     * nearest name before the verb (Ohio) stands inside a relative clause that a comma closes before the verb; the
     * name that clause hangs on (Jane Roe, right before ", who" or ", whose") is the subject. Null when the subject
     * is no such name.
     */
    private Mention relativeOwner(Mention subject, int floor, int verbStart) {
        if (subject.titleStart() <= floor || subject.end() > verbStart
                || text.substring(subject.end(), verbStart).indexOf(',') < 0) {
            return null; // no comma closes a clause between the name and the verb
        }
        Matcher m = RELATIVE_OPEN.matcher(text.substring(floor, subject.titleStart()));
        int open = -1;
        while (m.find()) {
            open = floor + m.start();
        }
        return open < 0 ? null : nameBefore(floor, open);
    }

    private boolean isWho(Mention m) {
        return m.end() - m.start() == 3 && text.regionMatches(true, m.start(), "who", 0, 3);
    }

    /**
     * Rule {@value #RELATIVE_CLAUSE_OWNER}: a verb inside a relative clause still open before it — "…, she faces Jane
     * Roe, who last week stirred the race by questioning …" — is said by the name the clause hangs on (right before
     * ", who"), not by the sentence's opening subject the text pattern falls back to for a participle, nor by
     * whoever a "who" subject was taken to mean. Null when no ", who" opens a clause that runs on to the verb without
     * a comma, colon, semicolon, dash or quotation mark. All 840 train (session 32): 2 wrong speakers made right,
     * none made wrong.
     */
    private Mention openRelativeOwner(int floor, int verbStart) {
        if (verbStart <= floor) {
            return null;
        }
        Matcher m = RELATIVE_WHO.matcher(text.substring(floor, verbStart));
        int open = -1;
        int after = -1;
        while (m.find()) {
            open = floor + m.start();
            after = floor + m.end();
        }
        if (open < 0 || CLAUSE_BREAK.matcher(text.substring(after, verbStart)).find()) {
            return null;
        }
        return nameBefore(floor, open);
    }

    /** The first name that can speak, after {@code floor} and outside quotations, ending right before {@code at}. */
    private Mention nameBefore(int floor, int at) {
        return entities.mentions.stream().filter(x -> x.canSpeak() && x.start() >= floor && x.end() <= at
                && text.substring(x.end(), at).isBlank() && !resolver.insideQuote(x.start())).findFirst().orElse(null);
    }

    /**
     * Rule {@value #COORDINATED_SUBJECT}: the text pattern takes the nearest name before the verb, which in "Jane Roe
     * and John Doe did not respond …" or "Roe, Doe and Poe urged …" is the last of the names that speak together;
     * the first one stands for them, as the parse's subject (the coordination's head) does for the other rules. The
     * names must follow one another joined only by commas and a final "and" (a comma alone is an apposition: "the
     * mayor's aide, Jane Roe, said"), with ", and" only after a list. The subject itself when it is no such last
     * name; its own speaker still when the first name resolves to no one ("he and Jane Roe").
     */
    private Mention firstConjunct(Mention subject, int floor) {
        Mention first = subject;
        int links = 0;
        boolean commaAnd = false;
        for (int guard = 0; guard < 8; guard++) {
            Pattern link = links == 0 ? LAST_LINK : LIST_LINK;
            int at = first.titleStart();
            Mention before = entities.mentions.stream()
                    .filter(m -> m != subject && m.canSpeak() && m.start() >= floor && m.end() <= at
                            && !resolver.insideQuote(m.start())
                            && link.matcher(text.substring(m.end(), at)).matches())
                    .findFirst().orElse(null);
            if (before == null) {
                break;
            }
            commaAnd |= links == 0 && text.substring(before.end(), at).contains(",");
            links++;
            first = before;
        }
        // ", and" between two names joins two clauses as often ("The board thanked Jane Roe, and John Doe said …"):
        // it closes a coordinated subject only in a list of three or more.
        return commaAnd && links < 2 ? subject : first;
    }

    /**
     * "Germany offered to send tanks, Scholz said.": the clause of "offered" ends before the attribution that follows
     * it, which reports it, rather than containing it.
     */
    private int beforeTrailingAttribution(int pos, int end, TextLayout.Range sentence) {
        Matcher v = clauses.verbs(text.substring(pos, end));
        while (v.find()) {
            int verbAt = pos + v.start();
            if (resolver.insideQuote(verbAt)
                    || !TRAILING_ATTRIBUTION_END.matcher(text.substring(pos + v.end(), sentence.end())).lookingAt()) {
                continue;
            }
            Mention subject = resolver.subjectBefore(verbAt, pos);
            if (subject == null) {
                continue;
            }
            int comma = text.lastIndexOf(',', subject.titleStart());
            if (comma > pos && text.substring(comma + 1, subject.titleStart()).isBlank()) {
                int e = comma;
                while (e > pos && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                return e;
            }
        }
        return end;
    }


    private Quote quoteSpanning(int start) {
        for (Quote q : quotes) {
            if (!q.nested() && q.open() == start) {
                return q;
            }
        }
        return null;
    }


    /** Where the reported clause begins after the verb, or -1 when what follows is not a clause. */
    private int clauseStart(int verbEnd, String verb, TextLayout.Range sentence, boolean negated) {
        int pos = verbEnd;
        boolean hearer = lexicon.verbForm(verb) != null && lexicon.verbForm(verb).hearer();
        for (int guard = 0; guard < 6; guard++) {
            while (pos < sentence.end() && text.charAt(pos) == ' ') {
                pos++;
            }
            if (pos >= sentence.end()) {
                return -1;
            }
            String rest = text.substring(pos, sentence.end());
            Matcher adv = ADVERBIAL.matcher(rest);
            if (adv.lookingAt() && adv.end() > 0) {
                pos += adv.end();
                continue;
            }
            if (rest.startsWith("about ")) {
                return -1; // "told him about the talks": a topic, not what was said
            }
            if (rest.startsWith(":")) {
                return -1; // a colon introduces a quotation or a block, handled as a direct quote
            }
            Matcher aside = COMMA_ASIDE_THAT.matcher(rest);
            if (aside.lookingAt()) {
                return pos + aside.end(); // "said, however, that …"
            }
            if (rest.startsWith(",")) {
                return -1; // "…," he said, "…": the verb attributes a quotation
            }
            Matcher t = TIME.matcher(rest);
            if (t.lookingAt() && t.end() > 0) {
                pos += t.end();
                continue;
            }
            if (rest.startsWith("that ")) {
                return pos + 5;
            }
            if (hearer) {
                int p = pos;
                Mention obj = entities.mentions.stream()
                        .filter(m -> m.canSpeak() && m.titleStart() >= p && m.titleStart() <= p + 1)
                        .findFirst().orElse(null);
                if (obj != null) {
                    pos = obj.end();
                    hearer = false;
                    continue;
                }
                Matcher o = OBJECT_PRONOUN.matcher(rest);
                if (o.lookingAt()) {
                    pos += o.end();
                    hearer = false;
                    continue;
                }
                Matcher h = HEARER_TO_THAT.matcher(rest);
                if (h.lookingAt()) {
                    return pos + h.end();
                }
            }
            Matcher pt = PREPOSITION_TO_THAT.matcher(rest);
            if (pt.lookingAt()) {
                return pos + pt.end();
            }
            Matcher occasion = Occasions.TEXT_CLAUSE.matcher(rest);
            if (occasion.lookingAt() && !(negated && occasion.group("mark").equalsIgnoreCase("when"))) {
                return -1; // "spoke to reporters shortly after the vote": when, not what
            }
            if (verb.equals("called") && (rest.startsWith("for ") || rest.startsWith("on "))) {
                return pos + rest.indexOf(' ') + 1;
            }
            if (verb.equals("said") && rest.matches("(?s)^(?:in|on|at|during)\\s.*") && !rest.contains(" that ")) {
                return -1; // "said in a statement." with nothing reported
            }
            return pos;
        }
        return pos;
    }
}
