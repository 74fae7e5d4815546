package org.saidgraph.extract;

import java.util.Locale;

import org.saidgraph.dataset.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides who a mention in an attribution refers to: a name links directly; a country or capital that "says"
 * something speaks as its government; "he"/"she" is the subject of the nearest earlier sentence that has a person as
 * its subject; a description ("the ambassador", "Russia's defense minister", "the Tesla CEO") is the person whose
 * stated or known roles fit it, the nearest such before it, else the first after it.
 */
final class SpeakerResolver {

    /**
     * Words that may stand between a subject and its verb: "Musk has denied", "Zelenskyy on Sunday said". After
     * has/have/had any one lower-case word is an adverb ("had long argued", "has consistently offered").
     */
    private static final Pattern GAP = Pattern.compile("^\\s*(?:(?:(?:has|have|had)\\s+[a-z]+|also|has|have|had|later|then|previously|again"
            + "|initially|reportedly|repeatedly|publicly|once|would|will|did|does|do|not|never|further|separately"
            + "|earlier|since|continued|went|on|himself|herself|itself|quickly|simply|first|now|already|today|yesterday|tonight"
            + "|on|in|a|an|the|his|her|its|their|last|this|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|night|morning"
            + "|evening|week|month|year|statement|interview|tweet|post)\\s+)*$");
    private static final Pattern PARENTHETICAL = Pattern.compile("^\\s*,[^,\"“”]{1,160},\\s*");

    private final String text;
    private final TextLayout layout;
    private final ArticleEntities entities;
    private final List<Quote> quotes;
    private final EntityLinker linker;
    private final java.util.BitSet quoted = new java.util.BitSet();

    SpeakerResolver(String text, TextLayout layout, ArticleEntities entities, List<Quote> quotes,
                    EntityLinker linker) {
        this.text = text;
        this.layout = layout;
        this.entities = entities;
        this.quotes = quotes;
        this.linker = linker;
        // Asked for every mention and verb: a bit per character keeps long articles linear.
        for (Quote q : quotes) {
            if (!q.nested()) {
                quoted.set(q.start(), q.end());
            }
        }
    }

    boolean insideQuote(int pos) {
        return pos >= 0 && quoted.get(pos);
    }

    /** The subject of a verb at {@code verbStart}: the nearest speaking mention before it in the sentence. */
    Mention subjectBefore(int verbStart, int floor) {
        int sentenceStart = Math.max(floor, layout.sentenceAt(verbStart).start());
        List<Mention> before = entities.mentions.stream()
                .filter(m -> m.end() <= verbStart && m.start() >= sentenceStart && m.canSpeak()
                        && !insideQuote(m.start()))
                .sorted(Comparator.comparingInt(Mention::end).reversed()).toList();
        Mention place = null;
        for (Mention m : before) {
            if (datelinePlace(m)) {
                continue;
            }
            if (place == null && locativePlace(m)) {
                // Rule locative-place: a later mention may still be the subject; the place only when none is.
                place = m;
                continue;
            }
            String gap = text.substring(m.end(), verbStart);
            if (gap.startsWith("'s") || gap.startsWith("’s")) {
                continue;
            }
            String rest = PARENTHETICAL.matcher(SpeakerAffiliation.withoutPartyLabel(gap)).replaceFirst(" ");
            if (GAP.matcher(rest).matches()) {
                return m;
            }
            // "The governor of Odesa, Maksym Marchenko, warned": the name in apposition is the subject.
            if (m.kind() == Mention.Kind.PERSON && gap.strip().equals(",")
                    && text.substring(Math.max(0, m.titleStart() - 2), m.titleStart()).contains(",")) {
                return m;
            }
        }
        return place == null ? null : placeOrSubject(place, verbStart);
    }

    /**
     * Rule locative-place-subject (session 22): when only a place named where someone is from or went to stands
     * before the verb ("Representative Jane Roe of Colorado, a Republican who …, denounced", "Jane Roe, who was to
     * travel to Port Alder, Maine, on Friday …, said"), the person who is the sentence's subject before it speaks,
     * not the place's government; the place only when no person is.
     */
    private Mention placeOrSubject(Mention place, int verbStart) {
        Mention fallback = subjectBefore(place, verbStart);
        if (fallback == null) {
            return null;
        }
        Mention opening = sentenceSubject(layout.sentenceAt(place.start()), place.start());
        return opening != null && opening.kind() == Mention.Kind.PERSON ? opening : fallback;
    }

    /** The place itself when it passes as the subject of the verb at {@code verbStart}, as before the rule. */
    private Mention subjectBefore(Mention place, int verbStart) {
        String gap = text.substring(place.end(), verbStart);
        if (gap.startsWith("'s") || gap.startsWith("’s")) {
            return null;
        }
        return GAP.matcher(PARENTHETICAL.matcher(gap).replaceFirst(" ")).matches() ? place : null;
    }

    /** The speaker named right after an attribution verb: "…," said Zelenskyy / said the president. */
    Mention subjectAfter(int verbEnd) {
        for (Mention m : entities.mentions) {
            if (m.start() >= verbEnd && m.canSpeak()) {
                String gap = text.substring(verbEnd, m.titleStart() < m.start() && m.titleStart() >= verbEnd
                        ? m.titleStart() : m.start());
                // Rule closing-name-after-verb: "said Senate budget chair Ana Roe" is Ana Roe's, not the Senate's.
                return gap.isBlank() ? ClosingNameAfterVerb.of(text, entities.mentions, m) : null;
            }
        }
        return null;
    }

    /** The first mention of the sentence that reads as its subject (not possessive, not after a preposition). */
    Mention sentenceSubject(TextLayout.Range sentence, int before) {
        Mention place = null;
        for (Mention m : entities.mentions) {
            if (m.start() < sentence.start() || m.start() >= Math.min(before, sentence.end())) {
                continue;
            }
            if (!m.canSpeak() || insideQuote(m.start()) || m.kind() == Mention.Kind.TERRITORY && isPlaceOnly(m)
                    || datelinePlace(m)) {
                continue;
            }
            if (subjectLike(m)) {
                if (locativePlace(m)) {
                    place = place == null ? m : place; // rule locative-place: only when nothing else is
                    continue;
                }
                return m;
            }
        }
        return place;
    }

    /**
     * Rule locative-place: a place named where something happened ("in Bangor, Maine, promising …", "at a rally in
     * Calderby, Ore., Mr. Roe …", "at a Port Alder, Vermont town hall") is no speaker, whatever the parse or the
     * commas around it suggest: the place, or the "City, State" run it closes, follows a preposition (and perhaps
     * an article). A place that opens its clause ("Russia said") still speaks as its government.
     */
    boolean locativePlace(Mention m) {
        if (m.kind() != Mention.Kind.TERRITORY) {
            return false;
        }
        int start = m.titleStart();
        // Walk back over "City, " (or "Syria and ") to the first place of the run.
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Mention p : entities.mentions) {
                if (p.kind() == Mention.Kind.TERRITORY && p.end() < start && p.end() >= start - 6
                        && text.substring(p.end(), start).matches(",\\s+|,?\\s+and\\s+")) {
                    start = p.titleStart();
                    moved = true;
                    break;
                }
            }
        }
        String before = text.substring(Math.max(0, start - 40), start).strip();
        String[] words = before.split("\\s+");
        int i = words.length - 1;
        if (i >= 0 && Set.of("a", "an", "the").contains(words[i].toLowerCase(java.util.Locale.ROOT))) {
            i--;
        }
        return i >= 0 && Lexicon.PREPOSITIONS.contains(words[i].toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Rule dateline-not-speaker: the place a wire dateline opens the paragraph with ("LAKEVIEW, Minn. — Protesters
     * marched …, chanting “…”") is where the story was filed, never the subject of the sentence after it. Without this
     * the words from its comma to the verb's comma passed for a parenthetical after a subject ("Roe, a Republican,
     * said"), and the place's government took a crowd's chant.
     */
    private boolean datelinePlace(Mention m) {
        return m.kind() == Mention.Kind.TERRITORY && DatelinePlace.at(text, m.start(), m.end());
    }

    private boolean isPlaceOnly(Mention m) {
        LinkedEntity e = entities.get(m.entity());
        return e == null || !"country".equals(e.kind);
    }

    boolean subjectLike(Mention m) {
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 2));
        if (after.startsWith("'s") || after.startsWith("’s")) {
            return false;
        }
        String before = text.substring(Math.max(0, m.titleStart() - 30), m.titleStart()).strip();
        Mention appositionOf = appositionOf(m);
        if (appositionOf != null) {
            return subjectLike(appositionOf);
        }
        String[] words = before.split("\\s+");
        String last = words.length == 0 ? "" : words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        return !Lexicon.PREPOSITIONS.contains(last);
    }

    /**
     * Rule apposition-follows-name: a description set off by a comma right after a name ("by Joe Roe, the county
     * sheriff, …") is that name's apposition and is a subject only where the name is; without this, the apposition
     * of a preposition's object counted as the sentence's subject for a later "he".
     */
    private Mention appositionOf(Mention m) {
        if (m.kind() != Mention.Kind.DESCRIPTION) {
            return null;
        }
        int comma = m.titleStart() - 1;
        while (comma >= 0 && Character.isWhitespace(text.charAt(comma))) {
            comma--;
        }
        if (comma < 0 || text.charAt(comma) != ',') {
            return null;
        }
        for (Mention other : entities.mentions) {
            if (other != m && other.kind() == Mention.Kind.PERSON && other.end() <= comma
                    && text.substring(other.end(), comma).isBlank()) {
                return other;
            }
        }
        return null;
    }

    /** The entity a speaking mention stands for, or null when it cannot be told. */
    String resolve(Mention m, String lastSpeaker) {
        return switch (m.kind()) {
            case PERSON, ORGANIZATION, GROUP -> m.entity();
            case TERRITORY -> government(m.entity());
            case DESCRIPTION -> describedPerson(m);
            case PRONOUN -> pronoun(m, lastSpeaker);
            case ADJECTIVE -> null;
        };
    }

    /** A collective speaker named by a phrase ("politicians across Europe"), kept as a group entity. */
    String group(String phrase) {
        String name = phrase.replaceFirst("^(?i:the)\\s+", "");
        if (name.isBlank()) {
            return null;
        }
        name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        String id = Names.slug(name);
        String finalName = name;
        LinkedEntity e = entities.entities.computeIfAbsent(id, i -> new LinkedEntity(EntityType.GROUP, i, finalName,
                null, 0.5));
        e.scoped |= !e.known && !e.named;
        return e.id;
    }

    /**
     * A name the tagger missed: the person of the article it abbreviates (a surname), else a new person, or an
     * organization when its words say so ("Committee", "News").
     */
    String named(String surface) {
        String name = surface.replaceAll("['’]s?$", "").strip();
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return null;
        }
        String folded = Names.fold(name);
        for (LinkedEntity e : entities.entities.values()) {
            if (e.type == EntityType.PERSON && (Names.fold(e.name).equals(folded) || Names.surname(e.name)
                    .equals(folded))) {
                return e.id;
            }
        }
        boolean organization = folded.matches(".*\\b(committee|party|news|post|times|journal|network|council"
                + "|association|institute|foundation|campaign|department|agency|university|group|center|centre"
                + "|union|coalition|corporation|inc|company|press|magazine|tv|radio|pac)\\b.*");
        String id = Names.slug(name);
        if (!organization && !entities.entities.containsKey(id) && !name.contains(" ")
                && PlaceContext.shipped().judge(text, name).place()) {
            // "Neighbouring Estavia, which shares the basin, warned": a place the tagger missed speaks through its
            // government, as a place it found does.
            LinkedEntity place = entities.entities.computeIfAbsent(id, k -> new LinkedEntity(EntityType.TERRITORY, k,
                    name, "other", 0.5));
            place.named = true;
            return government(place.id);
        }
        LinkedEntity e = entities.entities.computeIfAbsent(id, k -> new LinkedEntity(organization
                ? EntityType.ORGANIZATION : EntityType.PERSON, k, name, organization ? "other" : null, 0.6));
        e.named = true;
        return speaking(e);
    }

    /** The entity that speaks for {@code e}: a place already known under the same id speaks through its government. */
    private String speaking(LinkedEntity e) {
        return e.type == EntityType.TERRITORY ? government(e.id) : e.id;
    }

    /**
     * A speaker that only a description names ("Campaign officials", "The newspaper"), kept as its own entity of this
     * article ({@link LinkedEntity#scoped}): another article's "newspaper" is another newspaper.
     */
    String described(String phrase, EntityType type) {
        String earlier = earlierDescription(phrase, type);
        if (earlier != null) {
            return earlier;
        }
        String id = unnamed(phrase, type);
        LinkedEntity e = entities.entities.get(id);
        e.scoped |= !e.known && !e.named;
        return id;
    }

    /**
     * Rule description-head: a person named by a bare noun ("the engineer") after a fuller description of this article
     * with that head ("the town's chief engineer") is that person, as a reader takes it; not when two earlier
     * descriptions share the head ("the chief engineer", "the site engineer"), which leaves it undecided.
     */
    private String earlierDescription(String phrase, EntityType type) {
        String head = phrase.strip().toLowerCase(Locale.ROOT);
        if (type != EntityType.PERSON || head.isEmpty() || !head.chars().allMatch(Character::isLetter)) {
            return null;
        }
        String found = null;
        for (LinkedEntity e : entities.entities.values()) {
            String name = e.name.toLowerCase(Locale.ROOT);
            if (e.type == EntityType.PERSON && e.scoped && !e.known && !e.named && name.endsWith(" " + head)) {
                if (found != null) {
                    return null;
                }
                found = e.id;
            }
        }
        return found;
    }

    /** A speaker named by a label only ("Reuters:"), kept as its own entity under the label's slug. */
    String unnamed(String phrase, EntityType type) {
        String name = Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
        String id = Names.slug(name);
        LinkedEntity e = entities.entities.get(id);
        if (e == null) {
            e = new LinkedEntity(type, id, name, type == EntityType.ORGANIZATION ? "other" : null, 0.5);
            entities.entities.put(id, e);
        }
        return speaking(e);
    }

    /** "Russia says …": a state speaks through its government, which the graph keeps as an organization. */
    private String government(String territoryId) {
        LinkedEntity place = entities.get(territoryId);
        if (place == null) {
            return null;
        }
        String id = territoryId + "-government";
        String name = "country".equals(place.kind) ? place.name : place.name + " government";
        LinkedEntity gov = entities.entities.computeIfAbsent(id, i -> new LinkedEntity(EntityType.ORGANIZATION, i,
                name, "government", 0.7));
        gov.named = false;
        return gov.id;
    }

    private String pronoun(Mention m, String lastSpeaker) {
        int sentence = layout.sentenceIndex(m.start());
        int paragraph = layout.paragraphIndex(m.start());
        for (int s = sentence; s >= 0 && s >= sentence - 4; s--) {
            TextLayout.Range range = layout.sentences().get(s);
            if (layout.paragraphIndex(range.start()) < paragraph - 1) {
                break;
            }
            if (s == sentence && FrontedQuestion.before(text, range.start(), m.start())) {
                continue; // "Asked whether Halden would win, she said": she is the one asked, named before
            }
            Mention subject = personSubject(range, s == sentence ? m.start() : range.end(), pronounGender(m));
            if (subject != null) {
                String id = subject.kind() == Mention.Kind.DESCRIPTION ? describedPerson(subject) : subject.entity();
                // A description nothing identifies still is the subject; the article's main person is the best guess.
                return id != null ? id : salientPerson(subject.start());
            }
        }
        return lastSpeaker;
    }

    /**
     * The first person or description that is a subject in the sentence before {@code before}. Rule
     * pronoun-gender-subject: for "he" or "she", a named person whose first name gives the other gender is passed
     * over ("Lydia Roe criticized her rival after he refused to say whether …": "he" is not Lydia Roe); so is a
     * surname whose honorific gives the other gender (rule pronoun-gender-honorific, {@link #honorificGender}).
     */
    private Mention personSubject(TextLayout.Range sentence, int before, FirstNames.Gender gender) {
        for (Mention m : entities.mentions) {
            if (m.start() >= sentence.start() && m.start() < before && !insideQuote(m.start())
                    && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.DESCRIPTION) && subjectLike(m)
                    && !otherGender(m, gender)) {
                return m;
            }
        }
        return null;
    }

    private FirstNames.Gender pronounGender(Mention pronoun) {
        String word = text.substring(pronoun.start(), pronoun.end()).toLowerCase(Locale.ROOT);
        return word.equals("he") ? FirstNames.Gender.MALE
                : word.equals("she") ? FirstNames.Gender.FEMALE : FirstNames.Gender.UNKNOWN;
    }

    private boolean otherGender(Mention m, FirstNames.Gender gender) {
        if (gender == FirstNames.Gender.UNKNOWN || m.kind() != Mention.Kind.PERSON) {
            return false;
        }
        // The words of the mention, not its entity's name: a surname alone ("Clinton") may be linked to the wrong
        // one of two people who share it, and says nothing of gender itself.
        FirstNames.Gender g = FirstNames.ofFullName(text.substring(m.start(), m.end()));
        if (g == FirstNames.Gender.UNKNOWN) {
            g = honorificGender(m);
        }
        return g != FirstNames.Gender.UNKNOWN && g != gender;
    }

    /**
     * Rule pronoun-gender-honorific (session 29): a surname alone says nothing of gender, but the honorific before it
     * does ("Mr. Keller" is no "she", "Ms. Marsh" no "he"), as the words of the mention themselves, not the linked
     * entity's name, which may be the wrong one of two people who share the surname.
     */
    private FirstNames.Gender honorificGender(Mention m) {
        String before = text.substring(Math.max(0, m.titleStart() - 6), m.start());
        return MALE_HONORIFIC.matcher(before).find() ? FirstNames.Gender.MALE
                : FEMALE_HONORIFIC.matcher(before).find() ? FirstNames.Gender.FEMALE : FirstNames.Gender.UNKNOWN;
    }

    /** The honorific right before a name, which is all a surname-only mention tells of gender. */
    private static final Pattern MALE_HONORIFIC = Pattern.compile("\\bMr\\.?\\s*$");
    private static final Pattern FEMALE_HONORIFIC = Pattern.compile("\\b(?:Mrs|Ms)\\.?\\s*$");

    /** The person a description denotes, chosen among people whose roles fit, nearest before it first. */
    String describedPersonOrNull(Mention d) {
        return describedPerson(d);
    }

    String describedPerson(Mention d) {
        List<String> words = linker.words(text.substring(d.start(), d.end()));
        String head = null;
        for (String w : words) {
            if (Lexicon.ROLE_HEADS.contains(w)) {
                head = w; // the last role noun is the head: "chief executive" gives executive
            }
        }
        if (head == null) {
            return null;
        }
        List<String> others = new ArrayList<>(words);
        others.remove(head);
        Set<String> fits = new java.util.LinkedHashSet<>();
        for (LinkedEntity e : entities.entities.values()) {
            if (e.type == EntityType.PERSON && fits(e, head, others)) {
                fits.add(e.id);
            }
        }
        if (fits.isEmpty()) {
            // Someone the graph knows but the article does not name: "the Tesla CEO" when only that is written. A
            // bare role ("the businessman", "the billionaire") says too little: across a corpus it would give every
            // unnamed businessman's words to the one the graph happens to know (seen on PolNeAR train, where "the
            // businessman" in articles about another candidate became the seed's Elon Musk).
            if (others.isEmpty()) {
                return null;
            }
            for (KnownEntity k : entities.known) {
                if (k.type() == EntityType.PERSON && !entities.entities.containsKey(k.id())) {
                    ArticleEntities probe = new ArticleEntities();
                    if (fits(linker.adopt(probe, k), head, others)) {
                        return linker.adopt(entities, k).id;
                    }
                }
            }
            return null;
        }
        Mention best = null;
        for (Mention m : entities.mentions) {
            if (m.kind() == Mention.Kind.PERSON && fits.contains(m.entity()) && m.end() <= d.start()) {
                best = m;
            }
        }
        if (best == null) {
            best = entities.mentions.stream().filter(m -> m.kind() == Mention.Kind.PERSON
                    && fits.contains(m.entity()) && m.start() >= d.end()).findFirst().orElse(null);
        }
        return best != null ? best.entity() : fits.iterator().next();
    }

    private static boolean fits(LinkedEntity e, String head, List<String> others) {
        boolean headFits = e.heads.stream().anyMatch(x -> Lexicon.synonymous(x, head));
        boolean othersFit = others.stream().allMatch(w -> e.heads.contains(w) || e.modifiers.contains(w)
                || e.heads.stream().anyMatch(x -> Lexicon.synonymous(x, w)));
        return headFits && othersFit;
    }

    /** The person the article is most about so far: the fallback for a description nothing else resolves. */
    String salientPerson(int before) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Mention m : entities.mentions) {
            if (m.kind() == Mention.Kind.PERSON && m.start() < before) {
                counts.merge(m.entity(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(null);
    }
}
