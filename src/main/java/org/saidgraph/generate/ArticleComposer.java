package org.saidgraph.generate;

import org.saidgraph.dataset.Article;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.EntityType;
import org.saidgraph.dataset.Statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes one article: its text, sentence by sentence from the phrasebook's patterns, and beside each sentence the
 * statements it reports, with spans recorded while the text is written. A verbatim statement's span is exactly the
 * words between the quotation marks; a paraphrase's span is the clause it paraphrases; a relay's claim spans the
 * account it gives. Every entity a statement or a background sentence names is listed, with what its roles,
 * {@code partOf} and annexation claims refer to.
 */
final class ArticleComposer {

    /** Past this many characters no further block is begun, so that an article stays under 4 KB. */
    private static final int SOFT_LIMIT = 2800;
    /**
     * Background sentences are added until the text has at least a length drawn between these, in bytes of UTF-8, so
     * that articles spread over 1-4 KB rather than all being as short as their statements allow.
     */
    private static final int MIN_BYTES = 1100;
    private static final int MAX_OF_MIN_BYTES = 2700;
    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private final World world;
    private final Phrasebook book = Phrasebook.SHARED;
    private final SplittableRandom random;
    private final String articleId;
    private final LocalDate published;
    private final Actor publisher;
    private final Repeats repeats;
    /** The utterances this article reports, each with the label of the earlier one it repeats, or null. */
    private final Map<Utterance, String> repeating = new IdentityHashMap<>();

    private final StringBuilder text = new StringBuilder();
    private final Map<String, Entity> named = new LinkedHashMap<>();
    private final List<Statement> statements = new ArrayList<>();
    private final Set<String> introduced = new HashSet<>();
    private final Set<Template> fillersUsed = new HashSet<>();
    private int nextStatement = 1;
    private String title;
    /** How many statements the article is to have, and how long its text is to be at least, in UTF-8 bytes. */
    private int target;
    private int length;

    ArticleComposer(World world, SplittableRandom random, String articleId, LocalDate published, Actor publisher,
                    Repeats repeats) {
        this.world = world;
        this.random = random;
        this.articleId = articleId;
        this.published = published;
        this.publisher = publisher;
        this.repeats = repeats;
    }

    /** A new utterance of a person, to be reported by this article and, when {@code number} is above 0, by others. */
    Utterance sharedUtterance(long number) {
        return utterance(world.people.draw(random), freeSaying(), number, published.minusDays(random.nextInt(2)),
                null, null);
    }

    /**
     * The article: led by the first utterance it originates (or a new one), then the shared utterances due here
     * (re-reported from earlier articles), the rest of those it originates, and further blocks until it has about
     * {@code target} statements.
     */
    Dataset compose(int target, List<Utterance> due, List<Utterance> originated) {
        this.target = target;
        this.length = MIN_BYTES + random.nextInt(MAX_OF_MIN_BYTES - MIN_BYTES);
        // A person or an organization leads: a headline's verb agrees with one speaker, not with a group.
        Actor leader = random.nextDouble() < 0.9 ? world.people.draw(random) : world.speakingOrganizations.draw(random);
        Utterance lead = originated.isEmpty()
                ? utterance(leader, freeSaying(), 0, statementDate(), null, null) : originated.get(0);
        lead(lead);
        pad();
        for (Utterance u : due) {
            reReport(u);
            pad();
        }
        for (Utterance u : originated.subList(Math.min(1, originated.size()), originated.size())) {
            quote(u, "quote", random.nextDouble() < 0.3 ? "told-outlet" : "quote", Links.NONE, null);
            pad();
        }
        while (statements.size() < target && text.length() < SOFT_LIMIT) {
            nextBlock();
            pad();
        }
        while (utf8Length(text) < length) {
            filler(true);
        }
        Article article = new Article(articleId, title, publisher.name(),
                "https://" + publisher.id() + ".example/" + published.toString().replace('-', '/') + "/" + articleId,
                published.toString(), text.toString());
        return new Dataset(null, Dataset.FORMAT_VERSION, Dataset.GENERATED, article, List.copyOf(named.values()),
                List.copyOf(statements));
    }

    private void nextBlock() {
        double r = random.nextDouble();
        if (r < 0.22) {
            reply();
        } else if (r < 0.36) {
            relay();
        } else if (r < 0.41) {
            relayTwice();
        } else if (r < 0.50) {
            paraphrase(newUtterance(), "according-to", Links.reportedBy(otherOutlet().id()));
        } else if (r < 0.57) {
            quote(utterance(world.people.draw(random), freeSaying(), 0, statementDate(), null, null), "quote",
                    "told-outlet", Links.NONE, null);
        } else if (r < 0.75) {
            quote(newUtterance(), "quote", "quote", Links.NONE, null);
        } else if (r < 0.90) {
            paraphrase(newUtterance(), "paraphrase", Links.NONE);
        } else if (r < 0.94) {
            quote(utterance(speaker(), pick(book.polls), 0, statementDate(), null, null), "quote", "poll",
                    Links.NONE, null);
        } else {
            filler(random.nextBoolean());
        }
    }

    /**
     * Background sentences after a block, up to the block's share of the article's length, so that they are spread
     * through the article rather than piled at its end.
     */
    private void pad() {
        long share = (long) length * Math.min(statements.size(), target) / target;
        while (utf8Length(text) < share) {
            filler(random.nextBoolean());
        }
    }

    // --- blocks -----------------------------------------------------------------------------------------------

    /** The lead: the utterance in reported speech, then in the speaker's own words; it gives the title. */
    private void lead(Utterance u) {
        title = u.headline();
        paraphrase(u, "paraphrase", Links.NONE);
        quote(u, "quote", u.act().equals("poll") ? "poll" : "quote", Links.NONE, null);
    }

    /** A shared utterance reported again: in full, cut shorter, or in reported speech, possibly via an outlet. */
    private void reReport(Utterance u) {
        double r = random.nextDouble();
        boolean viaOutlet = random.nextDouble() < 0.25;
        if (r < 0.5 || r < 0.75 && !u.hasCut()) {
            quote(u, "quote", viaOutlet ? "told-outlet" : "quote", Links.NONE, null);
        } else if (r < 0.75) {
            quote(u, "cut", viaOutlet ? "told-outlet" : "quote", Links.NONE, null);
        } else if (viaOutlet) {
            paraphrase(u, "according-to", Links.reportedBy(otherOutlet().id()));
        } else {
            paraphrase(u, "paraphrase", Links.NONE);
        }
    }

    /** A person answers an earlier statement of a person, sometimes addressed to them; sometimes they answer back. */
    private void reply() {
        List<Statement> answerable = statements.stream()
                .filter(s -> world.entity(s.speaker()).type() == EntityType.PERSON).toList();
        if (answerable.isEmpty()) {
            quote(newUtterance(), "quote", "quote", Links.NONE, null);
            return;
        }
        Statement target = random.nextBoolean() ? answerable.get(0) : pick(answerable);
        Actor answered = world.actors.get(target.speaker());
        Actor replier = personOtherThan(answered);
        Statement reply = answer(replier, answered, target);
        if (random.nextDouble() < 0.35) {
            answer(answered, replier, reply);
        }
    }

    private Statement answer(Actor speaker, Actor answered, Statement target) {
        Utterance u = utterance(speaker, pick(book.sayings("reply")), 0, statementDate(), answered, null);
        double r = random.nextDouble();
        Links links = Links.respondsTo(target.id());
        if (r < 0.35) {
            return quote(u, "quote", "addressed", links.withAddressedTo(answered.id()), answered);
        }
        return r < 0.7 ? quote(u, "quote", "quote", links, null) : paraphrase(u, "paraphrase", links);
    }

    /**
     * "X said Y had told him that …": Y's words as X reports them, and X's claim that reports them; often Y denies
     * the claim, and sometimes X stands by it.
     */
    private void relay() {
        Actor relay = world.people.draw(random);
        Actor speaker = personOtherThan(relay);
        Utterance u = utterance(speaker, pick(book.relayable), 0, statementDate(), null, null);
        Phrasebook.Attribution a = pick(book.attributions("relay"));
        Map<String, String> values = new HashMap<>();
        values.put("Relay", ref(relay));
        values.put("Speaker", ref(speaker));
        values.put("obj", relay.objectPronoun());
        values.put("clause", u.clause());
        Map<String, Statement.Span> spans = write(a.pattern(), values, true);
        Statement inner = statement(slug(u, "paraphrase"), sentence(u.clause()), false, u.act(), null, u.date(),
                spans.get("clause"), speaker, Links.reportedBy(relay.id()), u.clauseMentions());
        Statement.Span account = new Statement.Span(spans.get("Speaker").start(), spans.get("clause").end());
        Statement claim = statement(slug(null, null), sentence(substring(account)), false, "claim", a.medium(),
                statementDate(), account, relay, Links.reports(inner.id()), mentions(speaker));
        if (random.nextDouble() < 0.6) {
            Utterance d = utterance(speaker, pick(book.sayings("denial")), 0, statementDate(), null, relay);
            Statement denial = random.nextDouble() < 0.6
                    ? quote(d, "quote", "quote", Links.denies(claim.id()), null)
                    : paraphrase(d, "paraphrase", Links.denies(claim.id()));
            if (random.nextDouble() < 0.35) {
                Utterance stand = utterance(relay, pick(book.sayings("stand")), 0, statementDate(), null, null);
                quote(stand, "quote", "quote", Links.respondsTo(denial.id()), null);
            }
        }
    }

    /** Words that reached the article through two people: the speaker's, the middle one's account, the relay's claim. */
    private void relayTwice() {
        Actor relay = world.people.draw(random);
        Actor middle = personOtherThan(relay);
        Actor speaker = world.people.draw(random);
        while (speaker == relay || speaker == middle) {
            speaker = world.people.draw(random);
        }
        Utterance u = utterance(speaker, freeSaying(), 0, statementDate(), null, null);
        Phrasebook.Attribution a = pick(book.attributions("relay2"));
        Map<String, String> values = new HashMap<>();
        values.put("Relay", ref(relay));
        values.put("Middle", ref(middle));
        values.put("Speaker", ref(speaker));
        values.put("verb", u.saying().verb());
        values.put("clause", u.clause());
        Map<String, Statement.Span> spans = write(a.pattern(), values, true);
        int end = spans.get("clause").end();
        Statement inner = statement(slug(u, "paraphrase"), sentence(u.clause()), false, u.act(), null, u.date(),
                spans.get("clause"), speaker, Links.reportedBy(middle.id(), relay.id()), u.clauseMentions());
        Statement.Span message = new Statement.Span(spans.get("Speaker").start(), end);
        Statement middleAccount = statement(slug(null, null),
                sentence(speaker.name() + " " + u.saying().verb() + " " + u.clause()), false, "statement", null,
                statementDate(), message, middle, Links.reportedBy(relay.id()).withReports(inner.id()),
                mentions(speaker));
        Statement.Span account = new Statement.Span(spans.get("Middle").start(), end);
        statement(slug(null, null), sentence(substring(account)), false, "claim", a.medium(), statementDate(), account,
                relay, Links.reports(middleAccount.id()), mentions(middle, speaker));
    }

    /**
     * The words in quotation marks: the span is exactly what stands between the marks, and equals the statement's
     * text. {@code kind} is an attribution kind: quote, told-outlet (relayed by another outlet), poll, addressed.
     */
    private Statement quote(Utterance u, String variant, String kind, Links links, Actor addressee) {
        boolean cut = variant.equals("cut");
        String words = cut ? u.cut() : u.words();
        Phrasebook.Attribution a = pick(book.attributions(u.act().equals("poll") && kind.equals("quote") ? "poll" : kind));
        Map<String, String> values = new HashMap<>();
        values.put("quote", words);
        values.put("qend", closing(words, a.pattern().endsWithQuotation()));
        values.put("Speaker", ref(u.speaker()));
        values.put("weekday", pick(WEEKDAYS));
        if (addressee != null) {
            values.put("Addressee", ref(addressee));
        }
        if (a.pattern().has("outlet")) {
            Actor outlet = otherOutlet();
            values.put("outlet", outlet.firstMention());
            links = new Links(List.of(outlet.id()), links.reports(), links.respondsTo(), links.denies(),
                    links.addressedTo());
        }
        Map<String, Statement.Span> spans = write(a.pattern(), values, true);
        return statement(slug(u, variant), words, true, u.act(), medium(a, u), u.date(), spans.get("quote"),
                u.speaker(), links, cut ? u.cutMentions() : u.wordsMentions());
    }

    /** The words in reported speech: the span is the clause after the reporting verb. */
    private Statement paraphrase(Utterance u, String kind, Links links) {
        Phrasebook.Attribution a = pick(book.attributions(kind));
        Map<String, String> values = new HashMap<>();
        values.put("Speaker", ref(u.speaker()));
        values.put("verb", u.saying().verb());
        values.put("clause", u.clause());
        values.put("weekday", pick(WEEKDAYS));
        if (a.pattern().has("outlet")) {
            values.put("outlet", world.actors.get(links.reportedBy().get(0)).firstMention());
        }
        Map<String, Statement.Span> spans = write(a.pattern(), values, true);
        return statement(slug(u, "paraphrase"), reported(u), false, u.act(), medium(a, u), u.date(),
                spans.get("clause"), u.speaker(), links, u.clauseMentions());
    }

    /**
     * A paraphrase's text: the reported clause, or for a question or an appeal the verb with it ("Asked whether …"),
     * which alone would read as an assertion.
     */
    private static String reported(Utterance u) {
        String verb = u.saying().verb();
        return verb.endsWith(" that") ? sentence(u.clause()) : sentence(verb + " " + u.clause());
    }

    /** A background sentence that reports no one's words, in a paragraph of its own or after the last sentence. */
    private void filler(boolean ownParagraph) {
        Template filler = pick(book.fillers);
        for (int attempt = 0; attempt < 20 && !fillersUsed.add(filler); attempt++) {
            filler = pick(book.fillers);
        }
        Map<String, String> values = new HashMap<>();
        Entity country = world.countries.draw(random);
        Entity city = world.cities.draw(random);
        Actor org = world.speakingOrganizations.draw(random);
        values.put("country", country.name());
        values.put("city", city.name());
        values.put("org", org.firstMention());
        values.put("topic", pick(book.topics));
        values.put("weekday", pick(WEEKDAYS));
        values.put("month", pick(MONTHS));
        values.put("number", Integer.toString(2 + random.nextInt(89)));
        write(filler, values, ownParagraph || text.isEmpty());
        Map<String, String> entities = Map.of("country", country.id(), "city", city.id(), "org", org.id());
        filler.slots().stream().filter(entities::containsKey).forEach(slot -> name(entities.get(slot)));
    }

    // --- utterances -------------------------------------------------------------------------------------------

    private Utterance newUtterance() {
        return utterance(speaker(), freeSaying(), 0, statementDate(), null, null);
    }

    /** Fills a saying's slots once, so its words, its cut and its reported speech all name the same things. */
    private Utterance utterance(Actor speaker, Phrasebook.Saying saying, long number, LocalDate date, Actor target,
                                Actor claimer) {
        Map<String, String> values = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        Set<String> slots = new HashSet<>(saying.direct().slots());
        slots.addAll(saying.indirect().slots());
        if (saying.headline() != null) {
            slots.addAll(saying.headline().slots());
        }
        if (slots.contains("territory")) {
            Entity territory = switch (saying.kind()) {
                case "position-ru" -> world.russiaClaimed.draw(random);
                case "position-claimed" -> world.contested.draw(random);
                default -> pick(world.neutralityCandidates);
            };
            put(values, ids, "territory", territory);
            if (!territory.annexationClaimedBy().isEmpty()) {
                put(values, ids, "claimant", world.entity(territory.annexationClaimedBy().get(0).by()));
            }
            if (!territory.partOf().isEmpty()) {
                put(values, ids, "owner", world.entity(territory.partOf().get(0)));
            }
        }
        fillCommon(slots, values, ids, speaker);
        if (target != null) {
            values.put("target", target.shortName());
            ids.put("target", target.id());
        }
        if (claimer != null) {
            values.put("claimer", claimer.shortName());
            ids.put("claimer", claimer.id());
        }
        String main = saying.direct().render(values);
        List<Statement.Mention> mainMentions = mentions(saying.direct(), ids, saying.position());
        StringBuilder words = new StringBuilder(main);
        List<Statement.Mention> wordsMentions = new ArrayList<>(mainMentions);
        int further = random.nextInt(10) < 4 ? 0 : random.nextInt(10) < 7 ? 1 : 2;
        for (Template support : distinct(book.support, further)) {
            Map<String, String> supportValues = new HashMap<>();
            Map<String, String> supportIds = new HashMap<>();
            fillCommon(support.slots(), supportValues, supportIds, speaker);
            words.append(' ').append(support.render(supportValues));
            for (Statement.Mention m : mentions(support, supportIds, null)) {
                if (wordsMentions.stream().noneMatch(w -> w.entity().equals(m.entity()))) {
                    wordsMentions.add(m);
                }
            }
        }
        String headline = null;
        if (saying.headline() != null) {
            values.put("speaker", speaker.shortName());
            headline = saying.headline().render(values);
        }
        return new Utterance(number, speaker, saying, withoutFinalStop(words.toString()), withoutFinalStop(main),
                saying.indirect().renderClause(values), List.copyOf(wordsMentions), mainMentions, mentions(saying.indirect(), ids, saying.position()),
                headline, date);
    }

    /** The slots any pattern may have besides the territory: other entities, a topic, numbers and dates. */
    private void fillCommon(Set<String> slots, Map<String, String> values, Map<String, String> ids, Actor speaker) {
        if (slots.contains("country")) {
            put(values, ids, "country", world.countries.draw(random));
        }
        if (slots.contains("city")) {
            put(values, ids, "city", world.cities.draw(random));
        }
        if (slots.contains("org")) {
            Actor org = world.speakingOrganizations.draw(random);
            while (org == speaker) {
                org = world.speakingOrganizations.draw(random);
            }
            values.put("org", org.firstMention());
            ids.put("org", org.id());
        }
        if (slots.contains("person")) {
            Actor person = personOtherThan(speaker);
            values.put("person", person.name());
            ids.put("person", person.id());
        }
        values.put("topic", pick(book.topics));
        values.put("number", Integer.toString(2 + random.nextInt(89)));
        values.put("weekday", pick(WEEKDAYS));
        values.put("month", pick(MONTHS));
    }

    private static void put(Map<String, String> values, Map<String, String> ids, String slot, Entity entity) {
        values.put(slot, entity.name());
        ids.put(slot, entity.id());
    }

    /** The entities a pattern names, once each; the territory carries the saying's position. */
    private static List<Statement.Mention> mentions(Template template, Map<String, String> ids, String position) {
        Map<String, Statement.Mention> mentions = new LinkedHashMap<>();
        for (String slot : template.slots()) {
            String id = ids.get(slot);
            if (id != null) {
                String stance = slot.equals("territory") ? position : null;
                if (stance != null || !mentions.containsKey(id)) {
                    mentions.put(id, new Statement.Mention(id, stance));
                }
            }
        }
        return List.copyOf(mentions.values());
    }

    private static List<Statement.Mention> mentions(Actor... actors) {
        List<Statement.Mention> mentions = new ArrayList<>();
        for (Actor actor : actors) {
            mentions.add(new Statement.Mention(actor.id(), null));
        }
        return mentions;
    }

    /** Mostly general statements; a good share take a position on a territory. */
    private Phrasebook.Saying freeSaying() {
        double r = random.nextDouble();
        String kind = r < 0.6 ? "free" : r < 0.75 ? "position-ru" : r < 0.95 ? "position-claimed" : "position-country";
        return pick(book.sayings(kind));
    }

    // --- speakers, references and the text --------------------------------------------------------------------

    /** Mostly people, drawn by the Zipf law; sometimes an organization or a collective speaker. */
    private Actor speaker() {
        double r = random.nextDouble();
        if (r < 0.85) {
            return world.people.draw(random);
        }
        return r < 0.95 ? world.speakingOrganizations.draw(random) : pick(world.groups);
    }

    private Actor personOtherThan(Actor other) {
        Actor person = world.people.draw(random);
        while (person == other) {
            person = world.people.draw(random);
        }
        return person;
    }

    /** A media outlet other than the publisher, through which words reached this article. */
    private Actor otherOutlet() {
        Actor outlet = world.outlets.draw(random);
        while (outlet == publisher) {
            outlet = world.outlets.draw(random);
        }
        return outlet;
    }

    /** The full reference at an actor's first mention in the article, the short one after. */
    private String ref(Actor actor) {
        return introduced.add(actor.id()) ? actor.firstMention() : actor.shortName();
    }

    /** Writes a pattern as a new paragraph or after the last sentence, and answers where its slots landed. */
    private Map<String, Statement.Span> write(Template pattern, Map<String, String> values, boolean newParagraph) {
        if (!text.isEmpty()) {
            text.append(newParagraph ? "\n\n" : " ");
        }
        return pattern.render(text, values);
    }

    private Statement statement(String slug, String statementText, boolean verbatim, String act, String medium,
                                LocalDate date, Statement.Span span, Actor speaker, Links links,
                                List<Statement.Mention> mentions) {
        Statement statement = new Statement(articleId + "." + slug, statementText, verbatim, act, medium,
                date.toString(), null, span, speaker.id(), links.reportedBy(), links.reports(), links.respondsTo(),
                links.denies(), links.addressedTo(), mentions);
        name(speaker.id());
        links.reportedBy().forEach(this::name);
        links.addressedTo().forEach(this::name);
        mentions.forEach(m -> name(m.entity()));
        statements.add(statement);
        return statement;
    }

    /** Lists an entity and everything its facts refer to, so that every reference in the dataset resolves. */
    private void name(String id) {
        if (named.containsKey(id)) {
            return;
        }
        Entity entity = world.entity(id);
        named.put(id, entity);
        entity.roles().forEach(role -> name(role.of()));
        entity.partOf().forEach(this::name);
        entity.annexationClaimedBy().forEach(claim -> name(claim.by()));
    }

    /**
     * Shared utterances keep their number in the id ({@code u17-cut}); the others are numbered in the article. When
     * the speaker said the same words lately, the id names the utterance they repeat ({@link Repeats}:
     * {@code s05-again-000042-s03}, {@code s05-again-u17}, {@code u17-cut-again-000042-s03}).
     */
    private String slug(Utterance u, String variant) {
        if (u != null && u.shared()) {
            String repeated = repeated(u, "u" + u.number());
            String slug = "u" + u.number() + "-" + variant;
            return repeated == null || repeated.equals("u" + u.number()) ? slug : slug + "-again-" + repeated;
        }
        String slug = String.format(java.util.Locale.ROOT, "s%02d", nextStatement++);
        String repeated = u == null ? null : repeated(u, articleId.substring(articleId.lastIndexOf('-') + 1) + "-"
                + slug);
        return repeated == null ? slug : slug + "-again-" + repeated;
    }

    /**
     * The label of the utterance {@code u} repeats, asked once per utterance in an article; else null. Its main
     * sentence decides (its cut, the phrasebook's saying as filled): a speaker who says it again with other
     * sentences after it is reported by the same cut and the same reported speech, which no reader can tell apart.
     */
    private String repeated(Utterance u, String label) {
        if (!repeating.containsKey(u)) {
            repeating.put(u, repeats.repeated(u.speaker().id(), u.cut(), u.date(), label));
        }
        return repeating.get(u);
    }

    private static String medium(Phrasebook.Attribution a, Utterance u) {
        return a.medium() != null ? a.medium() : u.act().equals("poll") ? "poll" : null;
    }

    /** What follows the quoted words inside the marks: a comma before the attribution, a full stop at the end. */
    private static String closing(String words, boolean endsSentence) {
        if (words.endsWith("?") || words.endsWith("!")) {
            return "";
        }
        return endsSentence ? "." : ",";
    }

    private static String withoutFinalStop(String words) {
        return words.endsWith(".") ? words.substring(0, words.length() - 1) : words;
    }

    /** Reported content as a statement's text: capitalised, with a full stop. */
    private static String sentence(String clause) {
        String s = Character.toUpperCase(clause.charAt(0)) + clause.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }

    private String substring(Statement.Span span) {
        return text.substring(span.start(), span.end());
    }

    private LocalDate statementDate() {
        return published.minusDays(random.nextInt(3));
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private <T> List<T> distinct(List<T> items, int count) {
        List<T> picked = new ArrayList<>();
        while (picked.size() < Math.min(count, items.size())) {
            T item = pick(items);
            if (!picked.contains(item)) {
                picked.add(item);
            }
        }
        return picked;
    }

    private static int utf8Length(CharSequence s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }
}
