package org.saidgraph.evaluate;

import org.saidgraph.extract.FirstNames;
import org.saidgraph.extract.FrontedQuestion;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves each gold Source span to whom it refers, since PolNeAR marks the span ("he", "the campaign", "Sen. Ada
 * Vell (R-Maine)") but has no coreference. The rules, in order:
 * <ol>
 *   <li>no Source, or "you": nothing to compare (left out of the speaker figures);</li>
 *   <li>"I", "we", "me", "our" … inside another attribution's content: that attribution's source (the quote's
 *       speaker);</li>
 *   <li>"who", "which", "that": the noun phrase just before the source (its last word is the head);</li>
 *   <li>"he"/"she" (and him, his, her …): the nearest person named before it whose gender, known from a first-name
 *       list or an honorific (Mr., Mrs., Ms.), is not the other one — never a name inside the content the pronoun
 *       introduces ("“… John Holdren …,” he said": he is not Holdren), nor, for a pronoun outside quotation marks, a
 *       name inside them (another speaker's words name people; the narration's "he" refers to whom the narration
 *       named), nor a name inside a fronted question clause right before it ("Asked whether Lund would resign, he
 *       said": he is the one asked);</li>
 *   <li>"they", "it" (and them, their, its): any of the named or described sources of the same or the two previous
 *       paragraphs (lenient: a plural or neuter pronoun is not resolved further);</li>
 *   <li>anything else is a noun phrase: the first comma-separated part whose last word is capitalized gives a name
 *       (the capitalized words ending there, without titles: "Clinton campaign chairman John Podesta" gives
 *       John Podesta, "a spokesman for Clinton, Brian Fallon" gives Brian Fallon); otherwise it is a description
 *       whose head is the last word before any preposition ("a spokesman for the campaign" gives spokesman).</li>
 * </ol>
 */
final class GoldSources {

    private static final Set<String> FIRST = Set.of("i", "me", "my", "myself", "we", "us", "our", "ourselves", "mine");
    private static final Set<String> SECOND = Set.of("you", "your", "yourself", "yourselves");
    private static final Set<String> RELATIVE = Set.of("who", "whom", "whose", "which", "that");
    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> OTHER = Set.of("they", "them", "their", "themselves", "it", "its", "itself",
            "this", "these", "those", "one", "both", "some", "many", "others", "all", "most", "few", "each");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "this",
            "that", "these", "those", "some", "many", "several", "other", "another", "one", "two", "three", "both",
            "most", "all", "our", "my", "your", "such", "any", "each");
    private static final Pattern CUT = Pattern.compile("\\s+(?:of|for|at|from|in|with|on|to|who|which|that|and|or"
            + "|close to|familiar with|inside|within|under|about|like|including|among|near|behind)\\s+|\\s*\\(");
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?:([\\p{L}.]+)\\.|[?!])[\"”’']*[ \\u00a0]+(?=[\"“‘'\\p{Lu}])|\\n+");
    /** Titles before a name that make it a person's: "Gov. Ed Rendell", "Rep. Bobby Scott". */
    private static final Set<String> TITLES = Set.of("gov", "sen", "rep", "president", "senator", "governor",
            "mayor", "secretary", "chairman", "chairwoman", "congressman", "congresswoman", "judge", "sheriff", "gen",
            "ambassador", "dr", "prof", "speaker", "lt", "col");
    private static final Set<String> HONORIFIC_MALE = Set.of("mr", "mr.");
    private static final Set<String> HONORIFIC_FEMALE = Set.of("mrs", "mrs.", "ms", "ms.");

    /** Places and months that first-name lists also hold. */
    private static final Set<String> NOT_FIRST_NAMES = Set.of("january", "february", "april", "june", "july",
            "august", "alabama", "alaska", "arizona", "carolina", "dakota", "florida",
            "georgia", "indiana", "virginia", "louisiana", "montana", "nevada", "tennessee", "washington", "jordan",
            "israel", "india", "china", "kenya", "paris", "austin", "houston", "charlotte", "phoenix", "orlando",
            "madison", "lincoln", "jackson", "cleveland", "tulsa", "vegas", "sydney", "victoria", "america", "asia",
            "africa", "europe", "york", "jersey", "mexico", "maryland", "maine", "ohio", "iowa", "kansas", "texas", "may",
            "march", "christmas", "easter");

    /**
     * A mention of a person: where it starts and ends, the name and gender, and whether it can be a sentence's
     * subject (not a possessive, "Mr. Trump's", nor after a preposition, "with Jane Roe").
     */
    private record Person(int start, int end, List<String> name, FirstNames.Gender gender, boolean subject) {
    }

    private static final Set<String> PREPOSITIONS = Set.of("in", "with", "of", "to", "for", "by", "from", "at", "on",
            "about", "against", "like", "than", "under", "between", "over", "toward", "towards", "into", "as");

    private Person person(List<ArticleWords.Word> ws, int first, int last, List<String> name,
                          FirstNames.Gender gender) {
        boolean subject = !possessive(ws.get(last))
                && (first == 0 || !PREPOSITIONS.contains(text.substring(ws.get(first - 1).start(),
                ws.get(first - 1).end()).toLowerCase(Locale.ROOT)));
        return new Person(ws.get(first).start(), ws.get(last).end(), name, gender, subject);
    }

    /** Role words between a principal's name and the person who speaks for them. */
    private static final Set<String> ROLES = Set.of("spokesman", "spokeswoman", "spokesperson", "aide", "adviser",
            "advisor", "director", "manager", "chairman", "chairwoman", "chair", "strategist", "secretary", "press",
            "communications", "communication", "campaign", "staffer", "surrogate", "lawyer", "attorney", "chief",
            "pollster", "deputy", "senior", "running", "mate", "spokesmen", "spokeswomen");

    /**
     * "Clinton spokesman Brian Fallon", "Trump campaign manager Kellyanne Conway": a name that only modifies the
     * next person's, role words between them.
     */
    private boolean modifies(Person p, Person next) {
        if (next.start() <= p.end() || next.start() - p.end() > 50) {
            return false;
        }
        String between = text.substring(p.end(), next.start()).strip();
        if (between.isEmpty() || !between.matches("[\\p{L} .’'-]*")) {
            return false;
        }
        for (String w : between.toLowerCase(Locale.ROOT).split("[\\s.]+")) {
            if (ROLES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private final String text;
    private final List<BratAttribution> all;
    private final ArticleWords words;
    private final List<Person> people = new ArrayList<>();
    private Map<String, List<String>> sourceNames = Map.of();
    private final List<Integer> paragraphStarts = new ArrayList<>();
    private final Map<BratAttribution, GoldSpeaker> cache = new HashMap<>();
    /** The text inside quotation marks, one bit per character. */
    private final BitSet quotes;
    private final List<Integer> sentenceStarts;

    GoldSources(String text, List<BratAttribution> all, ArticleWords words) {
        this.text = text;
        this.all = all;
        this.words = words;
        paragraphStarts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            paragraphStarts.add(i + 1);
        }
        quotes = quotations(text);
        sentenceStarts = sentences(text);
        sourceNames = annotatedPeople();
        findPeople();
    }

    private int sentenceOf(int offset) {
        int i = java.util.Collections.binarySearch(sentenceStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * Where sentences start: at a paragraph, and after a full stop, question or exclamation mark (and a closing
     * quotation mark) followed by a space, unless the stop ends a title, an initial or an abbreviation ("Gov.",
     * "J.", "U.S.").
     */
    private static List<Integer> sentences(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            String before = m.group(1);
            if (before != null && (before.length() < 2 || before.contains(".")
                    || ArticleWords.NOT_NAME.contains(before.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            starts.add(m.end());
        }
        return starts;
    }

    private boolean quoted(int offset) {
        return quotes.get(offset);
    }

    /**
     * The characters inside quotation marks: “…”, "…" and ''…'' (as some papers print them), each closed by its
     * paragraph's end at the latest, since news reopens a quotation continued into the next paragraph.
     */
    static BitSet quotations(String text) {
        BitSet in = new BitSet(text.length());
        int open = -1;
        char closer = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean doubled = c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'';
            if (c == '\n') {
                if (open >= 0) {
                    in.set(open, i);
                }
                open = -1;
            } else if (open < 0 && (c == '“' || c == '"' || doubled)) {
                open = i;
                closer = c == '“' ? '”' : c;
                i += doubled ? 1 : 0;
            } else if (open >= 0 && (c == closer && (closer != '\'' || doubled) || closer == '”' && c == '"')) {
                in.set(open, i + 1);
                open = -1;
                i += doubled ? 1 : 0;
            }
        }
        if (open >= 0) {
            in.set(open, text.length());
        }
        return in;
    }

    GoldSpeaker resolve(BratAttribution a) {
        return resolve(a, 0);
    }

    private GoldSpeaker resolve(BratAttribution a, int depth) {
        GoldSpeaker cached = cache.get(a);
        if (cached != null) {
            return cached;
        }
        GoldSpeaker s = compute(a, depth);
        cache.put(a, s);
        return s;
    }

    private GoldSpeaker compute(BratAttribution a, int depth) {
        String surface = BratAttribution.text(text, a.source()).strip();
        if (a.source().isEmpty() || surface.isEmpty()) {
            return GoldSpeaker.none(surface);
        }
        int at = a.source().get(0).start();
        String lower = surface.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\s']", "").strip();
        if (SECOND.contains(lower)) {
            return GoldSpeaker.none(surface);
        }
        if (FIRST.contains(lower)) {
            if (depth < 3) {
                for (BratAttribution outer : all) {
                    if (outer != a && outer.content().stream().anyMatch(c -> c.start() <= at && at < c.end())) {
                        GoldSpeaker s = compute(outer, depth + 1);
                        return new GoldSpeaker(s.kind(), s.name(), s.head(), s.candidates(), surface);
                    }
                }
            }
            return GoldSpeaker.none(surface);
        }
        if (RELATIVE.contains(lower)) {
            return antecedent(at, surface);
        }
        if (MALE.contains(lower) || FEMALE.contains(lower)) {
            FirstNames.Gender g = MALE.contains(lower) ? FirstNames.Gender.MALE : FirstNames.Gender.FEMALE;
            boolean quoted = quoted(at);
            // The nearest sentence naming such a person; in it, the first that can be its subject, else the last.
            Person nearest = null;
            Person plain = null;
            Person subject = null;
            int own = sentenceStarts.get(sentenceOf(at));
            int before = FrontedQuestion.before(text, own, at) ? own : at;
            for (int i = people.size() - 1; i >= 0; i--) {
                Person p = people.get(i);
                if (p.start() < before && (p.gender() == g || p.gender() == FirstNames.Gender.UNKNOWN)
                        && a.content().stream().noneMatch(c -> c.start() <= p.start() && p.start() < c.end())
                        && (quoted || !quoted(p.start()))) {
                    if (nearest != null && sentenceOf(p.start()) != sentenceOf(nearest.start())) {
                        break;
                    }
                    nearest = nearest == null ? p : nearest;
                    plain = plain == null && !possessiveAt(p) ? p : plain;
                    if (p.subject() && (i + 1 >= people.size() || !modifies(p, people.get(i + 1)))) {
                        subject = p;
                    }
                }
            }
            // With no subject, the last person named, but not an owner ("with Obama's policies") when the sentence
            // names someone else ("According to Ham, … with Obama's policies.¶“…,” he said.").
            Person found = subject != null ? subject : plain != null ? plain : nearest;
            return found == null ? GoldSpeaker.none(surface) : GoldSpeaker.name(found.name(), surface);
        }
        if (OTHER.contains(lower)) {
            int paragraph = paragraphOf(at);
            List<GoldSpeaker> candidates = new ArrayList<>();
            for (BratAttribution b : all) {
                if (b == a || b.source().isEmpty()) {
                    continue;
                }
                int bs = b.source().get(0).start();
                String bl = BratAttribution.text(text, b.source()).strip().toLowerCase(Locale.ROOT);
                if (bs < at && paragraphOf(bs) >= paragraph - 2 && !isPronoun(bl)) {
                    candidates.add(phrase(BratAttribution.text(text, b.source()).strip()));
                }
            }
            return new GoldSpeaker(GoldSpeaker.Kind.ANY_OF, null, null, candidates, surface);
        }
        GoldSpeaker p = phrase(surface);
        return new GoldSpeaker(p.kind(), p.name(), p.head(), p.candidates(), surface);
    }

    private static boolean isPronoun(String lower) {
        return FIRST.contains(lower) || SECOND.contains(lower) || RELATIVE.contains(lower) || MALE.contains(lower)
                || FEMALE.contains(lower) || OTHER.contains(lower);
    }

    /** "Donald Trump, who said" and "supporters who say": the phrase just before the relative pronoun. */
    private GoldSpeaker antecedent(int at, String surface) {
        int end = at;
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        // A parenthesis closing the phrase ("Sen. Ada Vell (R-Maine), who") belongs to it, not its head.
        if (end > 0 && text.charAt(end - 1) == ')') {
            int open = text.lastIndexOf('(', end - 1);
            if (open > 0 && end - open < 40) {
                end = open;
                while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
            }
        }
        int start = end;
        int count = 0;
        while (start > 0 && count < 8) {
            char c = text.charAt(start - 1);
            if (c == ',' || c == '.' || c == ';' || c == ':' || c == '\n' || c == '"' || c == '“' || c == '”'
                    || c == '(' || c == ')') {
                break;
            }
            if (Character.isWhitespace(c)) {
                count++;
            }
            start--;
        }
        List<ArticleWords.Word> run = new ArrayList<>();
        for (ArticleWords.Word w : words.words()) {
            if (w.start() >= start && w.end() <= end) {
                run.add(w);
            }
        }
        if (run.isEmpty()) {
            return GoldSpeaker.none(surface);
        }
        ArticleWords.Word head = run.get(run.size() - 1);
        if (Character.isUpperCase(text.charAt(head.start()))) {
            int first = run.size() - 1;
            while (first > 0 && Character.isUpperCase(text.charAt(run.get(first - 1).start()))
                    && !possessive(run.get(first - 1))) {
                first--;
            }
            List<String> name = ArticleWords.nameWords(text.substring(run.get(first).start(), head.end()));
            if (!name.isEmpty()) {
                return GoldSpeaker.name(name, surface);
            }
        }
        return GoldSpeaker.description(GoldSpeaker.singular(head.folded()), surface);
    }

    /** The last word of the run of capitalized words, one space apart, that starts at word {@code i}. */
    private int runEnd(List<ArticleWords.Word> ws, int i) {
        int j = i;
        while (j + 1 < ws.size() && Character.isUpperCase(text.charAt(ws.get(j + 1).start()))
                && ws.get(j + 1).start() - ws.get(j).end() == 1 && text.charAt(ws.get(j).end()) == ' '
                && !possessive(ws.get(j)) && !sentenceEnd(ws.get(j))) {
            j++;
        }
        return j;
    }

    /** A word ending in a full stop that is not an initial ("J.") ends its sentence. */
    private boolean sentenceEnd(ArticleWords.Word w) {
        return text.charAt(w.end() - 1) == '.' && w.end() - w.start() > 2;
    }

    private boolean possessiveAt(Person p) {
        String s = text.substring(p.start(), p.end());
        return s.endsWith("'s") || s.endsWith("’s") || s.endsWith("s'") || s.endsWith("s’")
                || text.startsWith("'s", p.end()) || text.startsWith("’s", p.end());
    }

    private boolean possessive(ArticleWords.Word w) {
        String s = text.substring(w.start(), w.end());
        return s.endsWith("'s") || s.endsWith("’s") || s.endsWith("s'") || s.endsWith("s’");
    }

    /** A noun phrase: a name from the first part whose last word is capitalized, else the head of a description. */
    static GoldSpeaker phrase(String surface) {
        String[] parts = surface.split(",");
        String firstHead = null;
        for (String part : parts) {
            String p = part.strip();
            Matcher cut = CUT.matcher(p);
            if (cut.find()) {
                p = p.substring(0, cut.start()).strip();
            }
            List<String> tokens = new ArrayList<>();
            Matcher w = ArticleWords.WORD.matcher(p);
            while (w.find()) {
                tokens.add(w.group());
            }
            while (!tokens.isEmpty() && DETERMINERS.contains(tokens.get(0).toLowerCase(Locale.ROOT))) {
                tokens.remove(0);
            }
            if (tokens.isEmpty()) {
                continue;
            }
            String last = tokens.get(tokens.size() - 1);
            if (Character.isUpperCase(last.charAt(0))) {
                int first = tokens.size() - 1;
                while (first > 0 && Character.isUpperCase(tokens.get(first - 1).charAt(0))
                        && !tokens.get(first - 1).matches(".*(?:['’]s|s['’])$")) {
                    first--;
                }
                List<String> name = ArticleWords.nameWords(String.join(" ", tokens.subList(first, tokens.size())));
                if (!name.isEmpty()) {
                    return GoldSpeaker.name(name, surface);
                }
            }
            if (firstHead == null) {
                firstHead = GoldSpeaker.singular(org.saidgraph.extract.Names.fold(last).replaceAll("['’]s?$", "")
                        .replaceAll("\\.$", ""));
            }
        }
        return firstHead == null ? GoldSpeaker.none(surface) : GoldSpeaker.description(firstHead, surface);
    }

    private int paragraphOf(int offset) {
        int lo = 0;
        int hi = paragraphStarts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (paragraphStarts.get(mid) <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * People the text names, in order, for "he" and "she": a first name followed by a capitalized word ("Donald
     * Trump"), a name after an honorific ("Mrs. Clinton"), and a later bare surname of either ("Trump").
     */
    private void findPeople() {
        List<ArticleWords.Word> ws = words.words();
        Map<String, Person> bySurname = new HashMap<>();
        // A first-name list also holds words ("Will", "May", "In") and places ("Florida"): a word the article also
        // writes in lower case, or a state, is not taken for a first name.
        Set<String> lowercase = new java.util.HashSet<>();
        for (ArticleWords.Word w : ws) {
            if (Character.isLowerCase(text.charAt(w.start()))) {
                lowercase.add(w.folded());
            }
        }
        for (int i = 0; i < ws.size(); i++) {
            ArticleWords.Word w = ws.get(i);
            if (!Character.isUpperCase(text.charAt(w.start()))) {
                continue;
            }
            String raw = text.substring(w.start(), w.end()).toLowerCase(Locale.ROOT);
            boolean next = i + 1 < ws.size() && Character.isUpperCase(text.charAt(ws.get(i + 1).start()))
                    && ws.get(i + 1).start() - w.end() == 1 && text.charAt(w.end()) == ' ';
            FirstNames.Gender g = null;
            if (HONORIFIC_MALE.contains(raw) && next) {
                g = FirstNames.Gender.MALE;
            } else if (HONORIFIC_FEMALE.contains(raw) && next) {
                g = FirstNames.Gender.FEMALE;
            }
            if (g != null && !ArticleWords.NOT_NAME.contains(ws.get(i + 1).folded())) {
                String surname = ws.get(i + 1).folded();
                Person known = bySurname.get(surname);
                // "Mr. Trump" after "Ivanka Trump" is not Ivanka: the last bearer of the surname names the person
                // only when the honorific's gender agrees with theirs.
                boolean agrees = known != null && (known.gender() == g || known.gender() == FirstNames.Gender.UNKNOWN);
                Person p = person(ws, i, i + 1, agrees ? known.name() : List.of(surname), g);
                people.add(p);
                bySurname.put(surname, p);
                i++;
                continue;
            }
            boolean title = next && TITLES.contains(w.folded()) && !possessive(w)
                    && FirstNames.known(ws.get(i + 1).folded()) && runEnd(ws, i + 1) > i + 1;
            if (title) {
                // "Gov. Ed Rendell": a first name (even a short one) after a title starts a person's name.
                i = addNamed(ws, i, i + 1, bySurname);
                continue;
            }
            boolean firstName = next && FirstNames.known(w.folded()) && w.folded().length() > 2
                    && !lowercase.contains(w.folded()) && !NOT_FIRST_NAMES.contains(w.folded()) && !sentenceEnd(w);
            if (firstName && i > 0 && ws.get(i - 1).folded().equals("the")) {
                // A name after "the" is a title's ("The Steve Harvey Morning Show"), not a person's.
                i = runEnd(ws, i);
                continue;
            }
            if (firstName) {
                i = addNamed(ws, i, i, bySurname);
                continue;
            }
            Person known = bySurname.get(w.folded());
            if (known != null) {
                people.add(person(ws, i, i, known.name(), known.gender()));
                continue;
            }
            // A person the first-name list does not know ("Florent Groberg", "Ban Ki-moon") is still a person when
            // the annotators marked their name as a Source: each later mention of their surname names them.
            List<String> annotated = sourceNames.get(w.folded());
            if (annotated != null) {
                people.add(person(ws, i, i, annotated, annotated.size() > 1 ? FirstNames.of(annotated.get(0))
                        : FirstNames.Gender.UNKNOWN));
            }
        }
    }

    /**
     * Worded as a person's name: one to four capitalized words, not all capitals, none an organization's word; a
     * word may have a second capital after its first lower-case letters ("McLenney", "DeSantis", "LaBelle").
     */
    private static final String NAME_WORD = "\\p{Lu}(?:\\p{Ll}{1,2}\\p{Lu})?[\\p{Ll}’'-]+";
    private static final Pattern PERSON_NAME = Pattern.compile("(?:" + NAME_WORD + "\\.?\\s+|\\p{Lu}\\.\\s+){0,3}"
            + NAME_WORD + "(?:-\\p{Ll}+)?(?:,?\\s+(?:Jr|Sr)\\.?)?");
    /** "The Republican", "A Democrat": a determiner makes a capitalized noun a description, not a person's name. */
    private static final Pattern DETERMINED = Pattern.compile("(?i)(?:the|a|an)\\s.*");
    private static final Set<String> ORGANIZATION_WORDS = Set.of("news", "times", "post", "journal", "party",
            "campaign", "committee", "house", "court", "department", "agency", "network", "university", "institute",
            "center", "foundation", "council", "congress", "senate", "press", "magazine", "tribune", "herald", "daily",
            "review", "report", "group", "union", "association", "republicans", "democrats", "administration", "fox",
            "breitbart", "politico", "reuters", "bloomberg", "gallup", "twitter", "facebook", "google");

    /**
     * Surnames of the gold Sources worded as a person's name, with the name: people the annotation names. Not a
     * description ("The Republican"), nor one word the article also writes in lower case, a common noun capitalized
     * at the start of its sentence ("Delegates questioned …" where the article speaks of "delegates").
     */
    private Map<String, List<String>> annotatedPeople() {
        Map<String, List<String>> out = new HashMap<>();
        Set<String> lowercase = new java.util.HashSet<>();
        for (ArticleWords.Word w : words.words()) {
            if (Character.isLowerCase(text.charAt(w.start()))) {
                lowercase.add(w.folded());
            }
        }
        for (BratAttribution a : all) {
            String surface = BratAttribution.text(text, a.source()).strip();
            if (a.source().isEmpty() || !PERSON_NAME.matcher(surface).matches() || DETERMINED.matcher(surface).matches()
                    || !surface.contains(" ") && lowercase.contains(org.saidgraph.extract.Names.fold(surface))) {
                continue;
            }
            GoldSpeaker g = phrase(surface);
            if (g.kind() == GoldSpeaker.Kind.NAME && g.name().stream().noneMatch(ORGANIZATION_WORDS::contains)
                    && !isPronoun(surface.toLowerCase(Locale.ROOT))) {
                List<String> name = g.name();
                out.merge(name.get(name.size() - 1), name, (x, y) -> x.size() >= y.size() ? x : y);
            }
        }
        return out;
    }

    /**
     * Adds the person whose mention starts at word {@code first} (a title, or the name itself) and whose name is the
     * run of capitalized words from {@code nameFrom}, gendered by its first name; returns the mention's last word.
     */
    private int addNamed(List<ArticleWords.Word> ws, int first, int nameFrom, Map<String, Person> bySurname) {
        int last = runEnd(ws, nameFrom);
        List<String> name = new ArrayList<>();
        for (int k = nameFrom; k <= last; k++) {
            // "Harry B. Harris Jr.": a suffix is no part of the name; the surname is the word before it.
            if (!ArticleWords.NOT_NAME.contains(ws.get(k).folded()) || k == nameFrom) {
                name.add(ws.get(k).folded());
            }
        }
        Person p = person(ws, first, last, name, FirstNames.of(name.get(0)));
        people.add(p);
        bySurname.put(name.get(name.size() - 1), p);
        return last;
    }
}
