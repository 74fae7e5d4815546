package org.saidgraph.extract;

import org.saidgraph.dataset.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who and what an article names and links each mention to an entity: a known one (graph or curated data) by
 * name, alias, surname or diacritic-folded form, a gazetteer territory, a listed institution, or else a new entity
 * with a new slug. It also records the roles the article states ("Odesa Mayor Hennadiy Trukhanov", "Andriy Melnyk,
 * Ukraine's outgoing ambassador to Germany,") so that a later description ("the ambassador") can be resolved.
 */
final class EntityLinker {

    /** Last words of newspaper names (data: masthead-words.tsv), for rule masthead-not-place. */
    private static final Set<String> MASTHEAD_WORDS = Gazetteer.rows("/extract/masthead-words.tsv").stream()
            .map(r -> r[0].trim()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Pattern HANDLE = Pattern.compile("@[A-Za-z0-9_]{2,30}");
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:[Hh]e|[Ss]he)\\b");
    private static final Pattern POSSESSIVE_OR_THE = Pattern.compile(
            "\\b(?:[Tt]he|[A-Z][\\p{L}.\\-]*['’]s)\\s+((?:[\\p{L}\\-]+\\s+){0,3}?)((?i:" + alternation(Lexicon.ROLE_HEADS) + ")(?:\\s+(?i:" + alternation(Lexicon.ROLE_HEADS)
                    + "))?)\\b((?:\\s+(?:of|for|to)\\s+(?:the\\s+)?[A-Z][\\p{L}\\-]*(?:\\s+[A-Z][\\p{L}\\-]*)*))?");
    private static final Pattern GROUP = Pattern.compile("\\b((?:[A-Z][\\p{L}\\-]+|[Tt]he|[Ss]ome|[Mm]any)\\s+)?("
            + alternation(Lexicon.GROUP_HEADS) + ")\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Institutions named by description: "Russia's defense ministry", "the Ukrainian military". A determiner opening a
     * sentence ("Its foreign ministry", "Their office") names no owner.
     */
    private static final Pattern INSTITUTION = Pattern.compile("\\b(?:[Tt]he\\s+)?(?!(?:Its|His|Her|Their|Our|My|Your|This"
            + "|That|These|Those|Each|Every|Any|No|Some|Another)\\s)((?:[A-Z][\\p{L}.\\-]*['’]s|[A-Z][\\p{L}\\-]+)"
            + "\\s+(?:(?i:defen[cs]e|foreign|interior|health|emergencies|emergency|finance|energy|presidential|general)"
            + "\\s+)?(?i:ministry|military|army|navy|government|embassy|general staff|armed forces|parliament"
            + "|office|administration|command|police|prosecutor's office|security service))\\b");
    private static final Pattern BARE_INSTITUTION = Pattern.compile("\\b[Tt]he\\s+(ministry|military|army|navy"
            + "|government|embassy|general staff|armed forces|parliament|office|administration|command|police)\\b");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "for", "to", "in", "and", "'s", "his",
            "her", "its", "their", "on", "at", "with", "by", "who", "which", "that");

    private static final Set<String> PRONOUNS = Set.of("He", "She", "His", "Her", "Him", "They", "Them", "It", "I",
            "We", "You", "World");

    private final Gazetteer gazetteer;
    private final List<KnownEntity> institutions;
    private final SpeechLexicon lexicon;
    private final PlaceContext placeContext = PlaceContext.shipped();

    EntityLinker(Gazetteer gazetteer, List<KnownEntity> institutions, SpeechLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.institutions = institutions;
        this.lexicon = lexicon;
    }

    private record Hit(int start, int end, Mention.Kind kind, String key, int priority) {
        int length() {
            return end - start;
        }
    }

    ArticleEntities link(String text, List<TaggedName> tagged, List<KnownEntity> known) {
        ArticleEntities out = new ArticleEntities();
        out.known.addAll(known);
        Map<String, KnownEntity> knownById = new LinkedHashMap<>();
        institutions.forEach(k -> knownById.put(k.id(), k));
        known.forEach(k -> knownById.put(k.id(), k));

        // Surface forms from the lexicons; longer and more specific wins where forms overlap.
        Map<String, Hit> forms = new HashMap<>();
        List<Hit> hits = new ArrayList<>();
        for (Place p : gazetteer.places()) {
            addForm(forms, p.name(), Mention.Kind.TERRITORY, "place:" + p.id(), 2);
            p.aliases().forEach(a -> addForm(forms, a, Mention.Kind.TERRITORY, "place:" + p.id(), 2));
            p.adjectives().forEach(a -> addForm(forms, a, Mention.Kind.ADJECTIVE, "place:" + p.id(), 1));
        }
        for (KnownEntity k : knownById.values()) {
            Mention.Kind kind = switch (k.type()) {
                case PERSON -> Mention.Kind.PERSON;
                case ORGANIZATION -> Mention.Kind.ORGANIZATION;
                case TERRITORY -> Mention.Kind.TERRITORY;
                case GROUP -> null;
            };
            if (kind == null) {
                continue;
            }
            String key = (k.type() == EntityType.TERRITORY && gazetteer.byId(k.id()).isPresent() ? "place:" : "known:")
                    + k.id();
            addForm(forms, k.name(), kind, key, 3);
            k.aliases().forEach(a -> addForm(forms, a, kind, key, 3));
        }
        for (Map.Entry<String, Hit> form : forms.entrySet()) {
            String f = form.getKey();
            for (int i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) {
                if (bounded(text, i, i + f.length())) {
                    Hit h = form.getValue();
                    hits.add(new Hit(i, i + f.length(), h.kind(), h.key(), h.priority()));
                }
            }
        }
        // One name, one type: where the tagger calls the same name a person once and an organization twice
        // ("the Tesla's idea"), the majority wins.
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (TaggedName t : tagged) {
            String surface = text.substring(t.start(), stripPossessive(text, t.start(), t.end()));
            votes.computeIfAbsent(surface, k -> new HashMap<>()).merge(t.type(), 1, Integer::sum);
        }
        Map<String, PlaceContext.Verdict> placeVerdicts = new HashMap<>();
        for (TaggedName original : tagged) {
            String key = text.substring(original.start(), stripPossessive(text, original.start(), original.end()));
            String majority = votes.get(key).entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey).orElse(original.type());
            // A name the tagger calls a person but whose uses say "place" ("the mayor of Varo") is a place.
            boolean retyped = "PERSON".equals(majority) && (placeVerdicts
                    .computeIfAbsent(key, n -> placeContext.judge(text, n)).place()
                    || DatelinePlace.at(text, original.start(), original.end()));
            // Rule masthead-not-place: a name the tagger calls a place but that ends in a newspaper's word ("the
            // Salterville Ledger") is the newspaper.
            boolean masthead = "LOCATION".equals(majority) && MASTHEAD_WORDS.contains(lastWord(key));
            TaggedName t = new TaggedName(original.start(), original.end(),
                    retyped ? "LOCATION" : masthead ? "ORGANIZATION" : majority);
            Mention.Kind kind = switch (t.type()) {
                case "PERSON" -> Mention.Kind.PERSON;
                case "ORGANIZATION" -> Mention.Kind.ORGANIZATION;
                case "LOCATION" -> Mention.Kind.TERRITORY;
                default -> null;
            };
            int end = stripPossessive(text, t.start(), t.end());
            int begin = t.start();
            // A salutation is not part of the name: "Dear Natalia".
            if (text.startsWith("Dear ", begin) && end > begin + 5) {
                begin += 5;
            }
            String surface = text.substring(begin, Math.max(begin, end));
            // CoreNLP reports pronouns as PERSON mentions; pronouns are resolved by our own rules instead.
            if (surface.isEmpty() || !Character.isUpperCase(surface.charAt(0)) || PRONOUNS.contains(surface)) {
                continue;
            }
            if (kind == Mention.Kind.PERSON && headlineOnlyWord(text, begin, end)) {
                continue;
            }
            if (kind != null && end > t.start()) {
                hits.add(new Hit(begin, end, kind, retyped ? "tag:place-context" : "tag", 0));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::length).reversed().thenComparing(Comparator.comparingInt(Hit::priority)
                .reversed()));
        List<Hit> chosen = new ArrayList<>();
        for (Hit h : hits) {
            if (chosen.stream().noneMatch(c -> c.start() < h.end() && h.start() < c.end())) {
                chosen.add(h);
            }
        }
        chosen.sort(Comparator.comparingInt(Hit::start));
        chosen = shortOrganizationNames(text, chosen);

        // People: full names first, so that a bare surname can join the person it abbreviates.
        Map<String, String> personBySurname = new HashMap<>();
        Map<Hit, String> personIds = new HashMap<>();
        List<Hit> people = chosen.stream().filter(h -> h.kind() == Mention.Kind.PERSON).toList();
        for (boolean fullNames : new boolean[]{true, false}) {
            for (Hit h : people) {
                String surface = text.substring(h.start(), h.end());
                boolean full = surface.trim().contains(" ");
                if (full != fullNames) {
                    continue;
                }
                String id = personId(surface, h, knownById, personBySurname, out);
                personIds.put(h, id);
                LinkedEntity e = out.entities.get(id);
                // A "name" of five words or more is a title-case headline the tagger read as one ("Jane Roe Calls
                // John Doe Unfit"): its last word is no surname of anyone.
                if (e != null && full && surface.trim().split("\\s+").length <= 4) {
                    personBySurname.putIfAbsent(Names.surname(surface), id);
                    if (!e.known && surface.length() > e.name.length()) {
                        e.name = surface;
                    }
                }
            }
        }

        for (Hit h : chosen) {
            String surface = text.substring(h.start(), h.end());
            String id;
            if (h.kind() == Mention.Kind.PERSON) {
                id = personIds.get(h);
            } else if (h.key().startsWith("place:")) {
                Place p = gazetteer.byId(h.key().substring(6)).orElseThrow();
                id = placeEntity(out, p, h.kind() == Mention.Kind.TERRITORY).id;
            } else if (h.key().startsWith("known:")) {
                KnownEntity k = knownById.get(h.key().substring(6));
                id = knownEntity(out, k).id;
            } else if (h.key().startsWith(SHORT_NAME)) {
                id = h.key().substring(SHORT_NAME.length());
                out.entities.get(id).aliases.add(surface);
            } else if (h.kind() == Mention.Kind.ORGANIZATION) {
                id = "org:" + Names.slug(surface);
                String slug = Names.slug(surface);
                LinkedEntity e = out.entities.computeIfAbsent(slug, s -> new LinkedEntity(EntityType.ORGANIZATION, s,
                        surface, guessOrganizationKind(surface), 0.6));
                e.named = true;
                id = e.id;
            } else {
                String slug = Names.slug(surface);
                LinkedEntity e = out.entities.computeIfAbsent(slug, s -> new LinkedEntity(EntityType.TERRITORY, s,
                        surface, "other", 0.5));
                e.named = true;
                id = e.id;
            }
            int titleStart = h.kind() == Mention.Kind.PERSON ? titleStart(text, h.start()) : h.start();
            Mention.Kind kind = h.kind() == Mention.Kind.TERRITORY && PlaceModifier.modifies(text, h.end())
                    ? Mention.Kind.ADJECTIVE : h.kind(); // rule place-based-modifier: "a Florida-based strategist"
            out.mentions.add(new Mention(h.start(), h.end(), kind, id, titleStart));
            if (h.kind() == Mention.Kind.PERSON) {
                collectRoles(text, h.start(), h.end(), titleStart, out.entities.get(id));
            }
        }

        SurnameMentions.add(text, out);
        linkHandles(text, out);
        addDescriptions(text, out);
        addInstitutions(text, out);
        out.mentions.sort(Comparator.comparingInt(Mention::start));
        addInstitutionReferences(text, out);
        addGroups(text, out);
        Matcher pm = PRONOUN.matcher(text);
        while (pm.find()) {
            addIfFree(out, new Mention(pm.start(), pm.end(), Mention.Kind.PRONOUN, null));
        }
        out.mentions.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static final String SHORT_NAME = "org-short:";

    /** First words of organization names that never stand for the organization alone. */
    private static final Set<String> GENERIC_FIRST_WORDS = Gazetteer.rows("/extract/organization-generic-words.tsv")
            .stream().map(r -> r[0].trim()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Rule organization-short-name: a one-word name after an organization whose name it begins ("Norvane" after
     * "Norvane Semiconductor", "Halden" after "Halden Logistics") is that organization, whatever the tagger called it
     * — unless a person of the article bears it as a surname or first name ("Trump" after "Trump University" stays
     * Donald Trump). Without this the short name became a person of its own, who could even be taken for a later
     * "she". A generic first word ("House" of a House committee) is never a short name
     * ({@code src/main/resources/extract/organization-generic-words.tsv}).
     */
    private List<Hit> shortOrganizationNames(String text, List<Hit> chosen) {
        java.util.Set<String> personNames = new java.util.HashSet<>();
        for (Hit h : chosen) {
            String surface = text.substring(h.start(), h.end()).trim();
            if (h.kind() == Mention.Kind.PERSON && surface.contains(" ")) {
                personNames.add(Names.surname(surface));
                personNames.add(Names.fold(surface.substring(0, surface.indexOf(' '))));
            }
        }
        List<Hit> out = new ArrayList<>(chosen.size());
        Map<String, String> organizationByFirstWord = new HashMap<>();
        for (Hit h : chosen) {
            String surface = text.substring(h.start(), h.end()).trim();
            String folded = Names.fold(surface);
            String organization = organizationByFirstWord.get(folded);
            if (!surface.contains(" ") && surface.length() >= 3 && organization != null
                    && (h.kind() == Mention.Kind.PERSON || h.kind() == Mention.Kind.ORGANIZATION)
                    && !h.key().startsWith("known:") && !personNames.contains(folded)) {
                out.add(new Hit(h.start(), h.end(), Mention.Kind.ORGANIZATION, organization, h.priority()));
                continue;
            }
            out.add(h);
            if (h.kind() == Mention.Kind.ORGANIZATION && surface.contains(" ") && "tag".equals(h.key())
                    && !GENERIC_FIRST_WORDS.contains(Names.fold(surface.substring(0, surface.indexOf(' '))))) {
                organizationByFirstWord.putIfAbsent(Names.fold(surface.substring(0, surface.indexOf(' '))),
                        SHORT_NAME + Names.slug(surface));
            }
        }
        return out;
    }

    private String personId(String surface, Hit h, Map<String, KnownEntity> knownById,
                            Map<String, String> personBySurname, ArticleEntities out) {
        String folded = Names.fold(surface);
        for (KnownEntity k : knownById.values()) {
            if (k.type() == EntityType.PERSON && (Names.fold(k.name()).equals(folded)
                    || k.aliases().stream().anyMatch(a -> Names.fold(a).equals(folded)))) {
                return knownEntity(out, k).id;
            }
        }
        if (!surface.contains(" ")) {
            String id = personBySurname.get(folded);
            if (id != null) {
                out.entities.get(id).aliases.add(surface);
                return id;
            }
            // A bare first name ("Dear Natalia") is the one person of the article with that first name, if unique.
            List<LinkedEntity> byFirst = out.entities.values().stream().filter(e -> e.type == EntityType.PERSON
                    && Names.fold(e.name).startsWith(folded + " ")).toList();
            if (byFirst.size() == 1) {
                byFirst.get(0).aliases.add(surface);
                return byFirst.get(0).id;
            }
            List<KnownEntity> bySurname = knownById.values().stream()
                    .filter(k -> k.type() == EntityType.PERSON && Names.surname(k.name()).equals(folded)).toList();
            if (bySurname.size() == 1) {
                return knownEntity(out, bySurname.get(0)).id;
            }
        }
        String id = Names.slug(surface);
        LinkedEntity e = out.entities.computeIfAbsent(id, s -> new LinkedEntity(EntityType.PERSON, s, surface, null,
                0.8));
        e.named = true;
        return id;
    }

    private LinkedEntity knownEntity(ArticleEntities out, KnownEntity k) {
        LinkedEntity e = adopt(out, k);
        e.named = true;
        return e;
    }

    /** Brings a known entity into the article, named or not, with the role words its roles and description give. */
    LinkedEntity adopt(ArticleEntities out, KnownEntity k) {
        return out.entities.computeIfAbsent(k.id(), id -> {
            LinkedEntity n = new LinkedEntity(k.type(), k.id(), k.name(), k.kind(), 0.9);
            n.known = true;
            n.description = k.description();
            n.aliases.addAll(k.aliases());
            n.roles.addAll(k.roles());
            for (KnownEntity.KnownRole r : k.roles()) {
                words(r.title()).forEach(w -> (Lexicon.ROLE_HEADS.contains(w) ? n.heads : n.modifiers).add(w));
                n.modifiers.addAll(words(r.ofName()));
                n.modifiers.add(r.ofId());
            }
            if (k.description() != null) {
                words(k.description()).forEach(w -> (Lexicon.ROLE_HEADS.contains(w) ? n.heads : n.modifiers).add(w));
            }
            return n;
        });
    }

    private LinkedEntity placeEntity(ArticleEntities out, Place p, boolean named) {
        LinkedEntity e = out.entities.computeIfAbsent(p.id(), id -> {
            LinkedEntity n = new LinkedEntity(EntityType.TERRITORY, p.id(), p.name(), p.kind(), 0.9);
            n.place = p;
            return n;
        });
        e.named |= named;
        return e;
    }

    private static String guessOrganizationKind(String name) {
        String f = Names.fold(name);
        if (f.matches(".*\\b(news|times|post|tv|television|radio|press|agency|journal|guardian|telegraph)\\b.*")) {
            return "media";
        }
        if (f.matches(".*\\b(ministry|government|parliament|council|army|forces|police|court)\\b.*")) {
            return "government";
        }
        return "other";
    }

    /** Where the title before a name begins: "Odesa Mayor" in "Odesa Mayor Hennadiy Trukhanov". */
    static int titleStart(String text, int nameStart) {
        return titleStart(text, nameStart, true);
    }

    /** As above; {@code spaced} false lets the title end right at {@code end} (a title before a comma). */
    static int titleStart(String text, int end, boolean spaced) {
        int start = end;
        int i = end;
        boolean first = true;
        while (true) {
            int j = i;
            while (j > 0 && text.charAt(j - 1) == ' ') {
                j--;
            }
            int k = j;
            while (k > 0 && !Character.isWhitespace(text.charAt(k - 1)) && ",;:(\"“”".indexOf(text.charAt(k - 1)) < 0) {
                k--;
            }
            if (k == j || (j == i && (spaced || !first))) {
                return start;
            }
            first = false;
            String word = text.substring(k, j);
            String w = Names.fold(word).replaceAll("['’]s$", "");
            boolean capital = Character.isUpperCase(word.charAt(0));
            boolean role = Lexicon.ROLE_HEADS.contains(w) || Set.of("defense", "defence", "foreign", "prime", "deputy",
                    "former", "outgoing", "top", "state", "presidential", "military", "senior", "of", "interior",
                    "finance", "economy", "vice", "security", "general").contains(w);
            if (!(capital || role) || (capital && STOP.contains(w))) {
                return start;
            }
            if (w.equals("of") && !(k > 0 && Character.isUpperCase(text.charAt(Math.max(0, j + 1))))) {
                return start;
            }
            start = k;
            i = k;
        }
    }

    private void collectRoles(String text, int start, int end, int titleStart, LinkedEntity person) {
        if (person == null) {
            return;
        }
        addRoleWords(person, text.substring(titleStart, start));
        // Apposition after the name: "Andriy Melnyk, Ukraine's outgoing ambassador to Germany, ..."
        Matcher after = Pattern.compile("^,\\s+((?:an?|the|[A-Z][\\p{L}.]*['’]s|[A-Z][\\p{L}]+)\\s[^,.;:\"“”]{2,80}?)(?=,|\\.|;|$)")
                .matcher(text.substring(end, Math.min(text.length(), end + 120)));
        if (after.find()) {
            addRoleWords(person, after.group(1));
        }
        // Apposition before the name: "Lithuania's president, Gitanas Nausėda".
        int b = start;
        while (b > 0 && text.charAt(b - 1) == ' ') {
            b--;
        }
        if (b > 0 && text.charAt(b - 1) == ',') {
            int ts = titleStart(text, b - 1, false);
            if (ts < b - 1) {
                addRoleWords(person, text.substring(ts, b - 1));
            }
        }
    }

    /** Role words of a title or apposition: the role nouns before any "of/to/for" are heads, the rest modifiers. */
    private void addRoleWords(LinkedEntity person, String phrase) {
        boolean afterPreposition = false;
        for (String written : words(phrase)) {
            String w = TitleAbbreviations.role(written); // rule title-abbreviation: "Sen." is a senator
            if (Set.of("to", "of", "for", "in").contains(w)) {
                afterPreposition = true;
                continue;
            }
            if (!afterPreposition && Lexicon.ROLE_HEADS.contains(w)) {
                person.heads.add(w);
            } else {
                person.modifiers.add(w);
            }
        }
    }

    /** Content words, folded, with place names and adjectives replaced by the place id ("Russian" gives russia). */
    List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        if (phrase == null) {
            return out;
        }
        Matcher m = Lexicon.WORD.matcher(phrase);
        while (m.find()) {
            String raw = m.group().replaceAll("['’]s$", "").replaceAll("\\.$", "");
            String w = Names.fold(raw);
            if (STOP.contains(w) || w.isEmpty()) {
                continue;
            }
            out.add(placeWord(raw).orElse(w));
        }
        return out;
    }

    private java.util.Optional<String> placeWord(String raw) {
        for (Place p : gazetteer.places()) {
            if (p.name().equals(raw) || p.aliases().contains(raw) || p.adjectives().contains(raw)
                    || p.aliases().contains(raw + ".")) {
                return java.util.Optional.of(p.id());
            }
        }
        return java.util.Optional.empty();
    }

    /** An @handle not known as an alias belongs to the article's person whose name or surname it spells. */
    private void linkHandles(String text, ArticleEntities out) {
        Matcher m = HANDLE.matcher(text);
        while (m.find()) {
            int start = m.start();
            if (out.mentions.stream().anyMatch(x -> x.start() <= start && start < x.end())) {
                continue;
            }
            String handle = Names.fold(m.group().substring(1));
            LinkedEntity match = null;
            for (LinkedEntity e : out.entities.values()) {
                if (e.type != EntityType.PERSON) {
                    continue;
                }
                String joined = Names.fold(e.name).replaceAll("[^a-z0-9]", "");
                String surname = Names.surname(e.name).replaceAll("[^a-z0-9]", "");
                if (handle.equals(joined) || surname.length() >= 4 && handle.contains(surname)) {
                    match = e;
                    break;
                }
            }
            if (match != null) {
                match.aliases.add(m.group());
                out.mentions.add(new Mention(m.start(), m.end(), Mention.Kind.PERSON, match.id));
            }
        }
    }

    private void addDescriptions(String text, ArticleEntities out) {
        Matcher m = POSSESSIVE_OR_THE.matcher(text);
        while (m.find()) {
            int end = m.end();
            // A title directly before a name ("Lithuania's president, Gitanas Nausėda") is not a description.
            String rest = text.substring(end, Math.min(text.length(), end + 40));
            boolean beforeName = out.mentions.stream().anyMatch(x -> x.kind() == Mention.Kind.PERSON
                    && x.start() >= end && x.start() <= end + 2 + (rest.startsWith(",") ? 1 : 0));
            if (beforeName) {
                continue;
            }
            addIfNoPerson(out, new Mention(m.start(), end, Mention.Kind.DESCRIPTION, null));
        }
    }

    private void addInstitutions(String text, ArticleEntities out) {
        Matcher m = INSTITUTION.matcher(text);
        while (m.find()) {
            Mention owner = out.mentions.stream().filter(x -> x.personLike() && x.start() < m.end()
                    && m.start(1) < x.end()).findFirst().orElse(null);
            int start = owner != null ? Math.min(owner.start(), m.start(1)) : m.start(1);
            String name = text.substring(start, m.end());
            // "Zelenskyy's office" speaks for the person: a separate organization, and the person's mention stays.
            boolean ofPerson = owner != null;
            if (ofPerson && !name.matches("(?s).*['’]s\\s+(?i:office|administration|government|presidential office)$")) {
                continue;
            }
            String id = Names.slug(name);
            LinkedEntity e = out.entities.computeIfAbsent(id, s -> new LinkedEntity(EntityType.ORGANIZATION, s, name,
                    name.toLowerCase(Locale.ROOT).matches(".*(military|army|navy|command|armed forces|general staff).*")
                            ? "military" : "government", 0.6));
            e.named = true;
            out.mentions.removeIf(x -> (x.kind() == Mention.Kind.ADJECTIVE || x.kind() == Mention.Kind.TERRITORY)
                    && x.start() >= start && x.end() <= m.end());
            Mention institution = new Mention(start, m.end(), Mention.Kind.ORGANIZATION, e.id);
            if (ofPerson) {
                out.mentions.add(institution);
            } else {
                addIfFree(out, institution);
            }
        }
    }

    /** "the ministry said" refers back to the latest institution named with that head ("Russia's defense ministry"). */
    private void addInstitutionReferences(String text, ArticleEntities out) {
        Matcher m = BARE_INSTITUTION.matcher(text);
        while (m.find()) {
            String head = m.group(1).toLowerCase(Locale.ROOT);
            int at = m.start();
            Mention antecedent = null;
            for (Mention x : out.mentions) {
                if (x.kind() == Mention.Kind.ORGANIZATION && x.end() <= at && x.entity() != null) {
                    LinkedEntity e = out.entities.get(x.entity());
                    if (e != null && e.name.toLowerCase(Locale.ROOT).endsWith(head)) {
                        antecedent = x;
                    }
                }
            }
            if (antecedent != null) {
                addIfFree(out, new Mention(m.start(), m.end(), Mention.Kind.ORGANIZATION, antecedent.entity()));
            }
        }
    }

    private void addGroups(String text, ArticleEntities out) {
        Matcher m = GROUP.matcher(text);
        while (m.find()) {
            String lead = m.group(1) == null ? "" : m.group(1).trim();
            boolean capitalHead = Character.isUpperCase(m.group(2).charAt(0));
            // A bare lower-case group speaks only when a speech verb follows: "…, officials said."
            boolean speaks = lexicon.verbForm(nextWord(text, m.end())) != null;
            if (lead.isEmpty() && !capitalHead && !speaks) {
                continue;
            }
            if (!lead.isEmpty() && !Character.isUpperCase(lead.charAt(0))
                    && !Set.of("the", "some", "many").contains(lead.toLowerCase(Locale.ROOT))) {
                continue;
            }
            int start = Set.of("the", "some", "many").contains(lead.toLowerCase(Locale.ROOT)) ? m.start(2) : m.start();
            String name = text.substring(start, m.end());
            name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            String id = Names.slug(name);
            String finalName = name;
            LinkedEntity e = out.entities.computeIfAbsent(id, s -> new LinkedEntity(EntityType.GROUP, s, finalName,
                    null, 0.6));
            // "officials", and "Ukrainian officials" too, are this article's officials: a category, not one group
            // that speaks in every article (LinkedEntity#scoped).
            e.scoped = true;
            // A group found overlapping a name ("Ukrainian officials" over "Ukrainian") replaces the adjective.
            out.mentions.removeIf(x -> x.kind() == Mention.Kind.ADJECTIVE && x.start() >= m.start() && x.end() <= m.end());
            addIfFree(out, new Mention(m.start(), m.end(), Mention.Kind.GROUP, e.id));
        }
    }

    private static String nextWord(String text, int from) {
        Matcher w = Pattern.compile("^\\s+(\\p{L}+)").matcher(text.substring(from, Math.min(text.length(), from + 30)));
        return w.find() ? w.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** Descriptions may contain names of places and companies ("the Tesla CEO"), but not of people. */
    private static void addIfNoPerson(ArticleEntities out, Mention m) {
        if (out.mentions.stream().noneMatch(x -> x.start() < m.end() && m.start() < x.end()
                && (x.personLike() || x.kind() == Mention.Kind.GROUP))) {
            out.mentions.add(m);
        }
    }

    private static void addIfFree(ArticleEntities out, Mention m) {
        if (out.mentions.stream().noneMatch(x -> x.start() < m.end() && m.start() < x.end())) {
            out.mentions.add(m);
        }
    }

    private static void addForm(Map<String, Hit> forms, String form, Mention.Kind kind, String key, int priority) {
        if (form == null || form.isBlank() || form.length() < 2) {
            return;
        }
        Hit old = forms.get(form);
        if (old == null || old.priority() < priority) {
            forms.put(form, new Hit(0, 0, kind, key, priority));
        }
    }

    private static boolean bounded(String text, int start, int end) {
        boolean left = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
        boolean right = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                || text.startsWith("'s", end) || text.startsWith("’s", end);
        if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            right = false;
        }
        return left && right;
    }

    private static int stripPossessive(String text, int start, int end) {
        String s = text.substring(start, end);
        if (s.endsWith("'s") || s.endsWith("’s")) {
            return end - 2;
        }
        return end;
    }

    private static String alternation(Set<String> words) {
        return String.join("|", words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
    }

    private static String lastWord(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }

    /**
     * Rule headline-only-word: whether {@code [begin, end)} is one word in the headline (the first of several lines)
     * that the story below never uses. In a title-case headline ("Harbour Row Deepens") the tagger takes words for
     * names; a person the story names is named again in it, so a lone word found only there is no person, and "the
     * mayor" must not become it.
     */
    static boolean headlineOnlyWord(String text, int begin, int end) {
        int line = text.indexOf('\n');
        String word = text.substring(begin, end);
        if (line < 0 || end > line || text.substring(line).isBlank() || word.contains(" ")) {
            return false;
        }
        return !Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
                .matcher(text).region(line, text.length()).find();
    }
}
