package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds reported speech: "X said/claimed/denied/proposed/urged/warned/tweeted (that) …", "X told Y …", "X asked if
 * …", "according to X, …", "X's proposal that …". The statement's span is the reported clause only, without the
 * speaker, the verb, the hearer and "that", ending where the sentence or the reported clause ends ("…, although
 * …"). When the clause is nothing but a quotation, the finding only attributes that quotation.
 */
final class ReportedSpeechFinder {

    private static final Pattern VERB;
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
    private static final Pattern CLAUSE_BREAK = Pattern.compile(",\\s+(?:although|though|while|whereas|even as|even though|according to"
            + "|adding|saying|suggesting|noting|claiming|arguing|warning|insisting)\\b|;\\s"
            // an apposition closing the sentence, the reporter's aside: "… in Lysychansk, one of the last towns …."
            + "|,\\s+one of\\s[^,;\"“”]*$"
            // an absolute construction, the reporter's: "… to the army, with thousands of units being donated"
            + "|,?\\s+with\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){1,5}?(?:being|having been)\\s");
    private static final Pattern REACTION = Pattern.compile("\\b(?:(?:drew|drawn|draws|met with|faced|received|sparked)"
            + "\\s+(?:\\w+\\s+)?(criticism|condemnation|praise|rebukes?)\\s+from|(?:was|were|has been|have been|had been)"
            + "\\s+(condemned|criticised|criticized|denounced|slammed|praised)\\s+by)\\s+");
    /** An active reaction with its agent as subject: "X offered a sharp response to Y's plan". */
    private static final Pattern RESPONSE = Pattern.compile("\\b(?:offered|gave|issued|delivered|fired off)\\s+"
            + "(?:(?:a|an|his|her|their|its)\\s+)?(?!no\\s)(?:[\\p{L}-]+\\s+){0,3}?(?:response|reply|rebuke|rebuttal|retort)"
            + "\\s+to\\b");
    /** A sentence that spells out the speech noun ending the one before: "… told him Putin's demands. They were that …" */
    private static final Pattern SPELLED_OUT = Pattern.compile("^(?:They|These|Those|It|This)\\s+(?:were|was|are|is)"
            + "\\s+that\\s+");
    private static final Pattern POSSESSED_SPEECH_NOUN = Pattern.compile("^['’]s\\s+(?:[\\p{L}-]+\\s+)?"
            + "([\\p{L}]+)\\s*[.!?]?\\s*$");
    private static final Pattern SHORT_SPEECH_CONTENT = Pattern.compile("^(?:(?:the|his|her|their|its|a|an)\\s+"
            + "|[\\p{Lu}][\\p{L}.\\-]*(?:\\s+[\\p{Lu}][\\p{L}.\\-]*)*['’]s\\s+)(?:[\\p{L}-]+\\s+)?([\\p{L}]+)$");
    private static final Pattern ACCORDING = Pattern.compile("\\b[Aa]ccording to\\s+");
    private static final Pattern SPEECH_NOUN = Pattern.compile("^['’]s\\s+(demands|proposal|plan|position|message"
            + "|words|conditions|offer|claim|warning|view|argument|promise|suggestion)\\s+(?:(?:were|was|is|are)\\s+)?"
            + "(?:that\\s+)?");

    static {
        List<String> forms = new ArrayList<>(Lexicon.PHRASE_ACTS.keySet());
        forms.addAll(Lexicon.VERB_ACTS.keySet());
        forms.sort((a, b) -> b.length() - a.length());
        StringBuilder alt = new StringBuilder();
        for (String f : forms) {
            if (!alt.isEmpty()) {
                alt.append('|');
            }
            alt.append(Pattern.quote(f).replace(" ", "\\E\\s+\\Q"));
        }
        VERB = Pattern.compile("\\b(?i:" + alt + ")\\b");
    }

    private final String text;
    private final TextLayout layout;
    private final ArticleEntities entities;
    private final SpeakerResolver resolver;
    private final List<Quote> quotes;

    ReportedSpeechFinder(String text, TextLayout layout, ArticleEntities entities, SpeakerResolver resolver,
                         List<Quote> quotes) {
        this.text = text;
        this.layout = layout;
        this.entities = entities;
        this.resolver = resolver;
        this.quotes = quotes;
    }

    static String actOf(String verb) {
        String v = verb.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return Lexicon.PHRASE_ACTS.getOrDefault(v, Lexicon.VERB_ACTS.getOrDefault(v, "statement"));
    }

    static Matcher verbs(String s) {
        return VERB.matcher(s);
    }

    List<Found> find(VerbCues verbCues, AccordingTo according, Analysis analysis) {
        List<Found> found = new ArrayList<>(verbCues.find());
        found.addAll(according.find());
        java.util.Set<Integer> cues = new java.util.HashSet<>();
        found.forEach(f -> cues.add(f.cue));
        String lastSpeaker = null;
        Matcher m = VERB.matcher(text);
        while (m.find()) {
            int at = m.start();
            // The parse reads most sentences; where it found nothing for a verb (a tagger's slip such as "Musk/NN
            // proposed/VBN"), the patterns of the text still may.
            if (resolver.insideQuote(at) || cues.contains(at) || found.stream().anyMatch(f -> f.start <= at
                    && at < f.end)) {
                continue;
            }
            Found f = atVerb(m.start(), m.end(), m.group(), lastSpeaker);
            if (f != null) {
                f.rule = "regex-" + f.rule;
                found.add(f);
                lastSpeaker = f.speaker;
            }
        }
        found.addAll(reactions());
        found.addAll(speechNouns());
        found.addAll(spelledOut());
        found.sort(java.util.Comparator.comparingInt((Found f) -> f.start));
        return found;
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
        if (subject == null && v.endsWith("ing")) {
            subject = resolver.sentenceSubject(sentence, verbStart);
            confidence = 0.6;
        }
        if (subject == null) {
            return null;
        }
        int pos = clauseStart(verbEnd, v, sentence);
        int end;
        if (pos < 0 || pos >= clauseEnd(pos < 0 ? verbEnd : pos, sentence)) {
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
            end = clauseEnd(pos, sentence);
            end = beforeTrailingAttribution(pos, end, sentence);
        }
        if (end <= pos) {
            return null;
        }
        String clause = text.substring(pos, end).trim();
        int words = clause.split("\\s+").length;
        boolean nounObject = Lexicon.NOUN_OBJECT_VERBS.contains(v) || speechContent(clause);
        if (words < (nounObject ? 2 : 3)) {
            return null;
        }
        if (v.startsWith("offer") && clause.regionMatches(true, 0, "no ", 0, 3)) {
            return null; // "offered no evidence": nothing proposed
        }
        if (RESPONSE.matcher(text.substring(verbStart, sentence.end())).lookingAt()) {
            return null; // "offered a sharp response to …" is a reaction, read by reactions()
        }
        String speaker = resolver.resolve(subject, lastSpeaker);
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
            f.act = "quote-attribution";
            f.rule = "quote-verb-before";
        } else {
            f = new Found(pos, end, false);
            f.act = actOf(v);
            f.rule = pos < verbStart ? "reported-verb-after" : "reported-verb";
        }
        f.speaker = speaker;
        f.confidence = subject.kind() == Mention.Kind.PERSON || subject.kind() == Mention.Kind.ORGANIZATION
                ? confidence : confidence - 0.1;
        f.cue = verbStart;
        f.cueEnd = verbEnd;
        return f;
    }

    /**
     * "Germany offered to send tanks, Scholz said.": the clause of "offered" ends before the attribution that follows
     * it, which reports it, rather than containing it.
     */
    private int beforeTrailingAttribution(int pos, int end, TextLayout.Range sentence) {
        Matcher v = VERB.matcher(text.substring(pos, end));
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

    /** "Putin's demands", "the government's position", "their conditions": a noun phrase of speech content. */
    static boolean speechContent(String clause) {
        Matcher m = SHORT_SPEECH_CONTENT.matcher(clause);
        return m.matches() && Lexicon.SPEECH_CONTENT_NOUNS.contains(m.group(1).toLowerCase(Locale.ROOT));
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
    private int clauseStart(int verbEnd, String verb, TextLayout.Range sentence) {
        int pos = verbEnd;
        boolean hearer = Lexicon.HEARER_VERBS.contains(verb);
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

    private int clauseEnd(int start, TextLayout.Range sentence) {
        int end = sentence.end();
        Matcher b = CLAUSE_BREAK.matcher(text.substring(start, end));
        while (b.find()) {
            int at = start + b.start();
            if (!resolver.insideQuote(at)) {
                end = at;
                break;
            }
        }
        while (end > start && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == ','
                || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return end;
    }

    /** "According to X, …" and "…, according to X." */

    /**
     * Reactions with their agent after the verb: "the plan drew criticism from European leaders", "his remarks were
     * met with condemnation from politicians across Europe", "the vote was condemned by the UN". The span is the
     * sentence: what was reacted to and how.
     */
    private List<Found> reactions() {
        List<Found> found = new ArrayList<>();
        found.addAll(responses());
        Matcher m = REACTION.matcher(text);
        while (m.find()) {
            if (resolver.insideQuote(m.start())) {
                continue;
            }
            TextLayout.Range sentence = layout.sentenceAt(m.start());
            int agentStart = m.end();
            int agentEnd = agentStart;
            while (agentEnd < sentence.end() && ",.;:".indexOf(text.charAt(agentEnd)) < 0) {
                agentEnd++;
            }
            Matcher cut = Pattern.compile("\\s+(?:including|such as|who|which|after|over|for)\\b")
                    .matcher(text.substring(agentStart, agentEnd));
            if (cut.find()) {
                agentEnd = agentStart + cut.start();
            }
            String agent = text.substring(agentStart, agentEnd).strip();
            if (agent.isEmpty() || agent.split("\\s+").length > 8) {
                continue;
            }
            int a0 = agentStart;
            int a1 = agentEnd;
            Mention named = entities.mentions.stream().filter(x -> x.canSpeak() && x.titleStart() >= a0
                    && x.titleStart() <= a0 + 4 && x.end() >= a1 - 1).findFirst().orElse(null);
            String speaker = named != null ? resolver.resolve(named, null) : resolver.group(agent);
            if (speaker == null) {
                continue;
            }
            int end = sentence.end();
            while (end > sentence.start() && ".!?".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            Found f = new Found(sentence.start(), end, false);
            String noun = m.group(1) != null ? m.group(1) : m.group(2);
            f.act = noun.toLowerCase(Locale.ROOT).startsWith("crit") ? "criticism"
                    : noun.toLowerCase(Locale.ROOT).startsWith("prais") ? "praise" : "condemnation";
            f.speaker = speaker;
            f.rule = "reaction";
            f.confidence = 0.5;
            f.cue = m.start();
            f.cueEnd = m.end();
            found.add(f);
        }
        return found;
    }

    /** "X offered a more brutal response to Y's ideas": a reaction whose agent is the subject; the span is the sentence. */
    private List<Found> responses() {
        List<Found> found = new ArrayList<>();
        Matcher m = RESPONSE.matcher(text);
        while (m.find()) {
            if (resolver.insideQuote(m.start())) {
                continue;
            }
            TextLayout.Range sentence = layout.sentenceAt(m.start());
            Mention subject = resolver.subjectBefore(m.start(), sentence.start());
            String speaker = subject == null ? null : resolver.resolve(subject, null);
            if (speaker == null) {
                continue;
            }
            Found f = new Found(sentence.start(), trimEnd(sentence), false);
            f.act = "reply";
            f.rule = "response";
            f.speaker = speaker;
            f.confidence = subject.kind() == Mention.Kind.PERSON ? 0.55 : 0.45;
            f.cue = m.start();
            f.cueEnd = m.end();
            found.add(f);
        }
        return found;
    }

    private int trimEnd(TextLayout.Range sentence) {
        int end = sentence.end();
        while (end > sentence.start() && (".!?".indexOf(text.charAt(end - 1)) >= 0
                || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return end;
    }

    /**
     * "… Musk had told him Putin's demands. They were that Crimea remain Russian, …": a sentence that opens with
     * "They were that" spells out the possessed speech noun ending the sentence before, so it is the possessor's.
     * The cue is the noun, so whoever reported the noun relays the content.
     */
    private List<Found> spelledOut() {
        List<Found> out = new ArrayList<>();
        List<TextLayout.Range> sentences = layout.sentences();
        for (int i = 1; i < sentences.size(); i++) {
            TextLayout.Range sentence = sentences.get(i);
            if (resolver.insideQuote(sentence.start())) {
                continue;
            }
            Matcher open = SPELLED_OUT.matcher(text.substring(sentence.start(), sentence.end()));
            if (!open.lookingAt()) {
                continue;
            }
            TextLayout.Range previous = sentences.get(i - 1);
            if (layout.paragraphIndex(sentence.start()) - layout.paragraphIndex(previous.start()) > 1) {
                continue;
            }
            Mention owner = null;
            int noun = -1;
            for (Mention m : entities.mentions) {
                if (m.start() < previous.start() || m.end() > previous.end() || !m.canSpeak()
                        || resolver.insideQuote(m.start())) {
                    continue;
                }
                Matcher n = POSSESSED_SPEECH_NOUN.matcher(text.substring(m.end(), previous.end()));
                if (n.matches() && Lexicon.SPEECH_CONTENT_NOUNS.contains(n.group(1).toLowerCase(Locale.ROOT))) {
                    owner = m;
                    noun = m.end() + n.start(1);
                }
            }
            if (owner == null) {
                continue;
            }
            String speaker = resolver.resolve(owner, null);
            int start = sentence.start() + open.end();
            int end = clauseEnd(start, sentence);
            if (speaker == null || end - start < 12) {
                continue;
            }
            Found f = new Found(start, end, false);
            String word = text.substring(noun, noun + 4).toLowerCase(Locale.ROOT);
            f.act = word.startsWith("dema") || word.startsWith("cond") || word.startsWith("term")
                    || word.startsWith("ulti") ? "demand" : word.startsWith("prop") || word.startsWith("plan")
                    || word.startsWith("offe") ? "proposal" : word.startsWith("warn") ? "warning"
                    : word.startsWith("clai") ? "claim" : "statement";
            f.speaker = speaker;
            f.rule = "spelled-out";
            f.confidence = 0.5;
            f.cue = noun;
            f.cueEnd = noun + text.substring(noun).split("[^\\p{L}]", 2)[0].length();
            out.add(f);
        }
        return out;
    }

    /** "X's proposal that …", "Putin's demands were …": a possessive speech noun reports X's words. */
    private List<Found> speechNouns() {
        List<Found> found = new ArrayList<>();
        for (Mention m : entities.mentions) {
            if (!m.canSpeak() || resolver.insideQuote(m.start())) {
                continue;
            }
            TextLayout.Range sentence = layout.sentenceAt(m.start());
            if (m.end() > sentence.end()) {
                continue; // a name the tagger read across a sentence break
            }
            String rest = text.substring(m.end(), sentence.end());
            Matcher n = SPEECH_NOUN.matcher(rest);
            if (!n.lookingAt() || n.end() == n.start(1) + n.group(1).length() + 1 && !rest.contains(" that ")) {
                continue;
            }
            int start = m.end() + n.end();
            int end = clauseEnd(start, sentence);
            if (end - start < 12 || text.substring(m.end() + n.start(1) + n.group(1).length(), start).isBlank()) {
                continue;
            }
            String speaker = resolver.resolve(m, null);
            if (speaker == null) {
                continue;
            }
            Found f = new Found(start, end, false);
            f.act = Map.of("demands", "demand", "proposal", "proposal", "plan", "proposal", "offer", "proposal",
                    "conditions", "demand", "claim", "claim", "warning", "warning", "promise", "promise",
                    "suggestion", "proposal").getOrDefault(n.group(1), "statement");
            f.speaker = speaker;
            f.rule = "speech-noun";
            f.confidence = 0.55;
            f.cue = m.end();
            f.cueEnd = m.end() + n.end();
            found.add(f);
        }
        return found;
    }
}
