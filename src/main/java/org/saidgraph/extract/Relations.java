package org.saidgraph.extract;

import org.saidgraph.dataset.EntityType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the statements of an article stand to each other and to its people: relays (a statement inside another's
 * reported clause is relayed by its speaker; an outlet named by "according to" or "told Reuters" relays), replies,
 * denials, hearers and addressees, the medium, and the statements that are not kept (a deed named inside a claim,
 * duplicates). An attribution nested whole inside another's clause is {@link NestedAttributions}' decision.
 */
final class Relations {

    private static final Pattern HANDLE = Pattern.compile("@[A-Za-z0-9_]{2,30}");
    private static final Pattern DEAR = Pattern.compile("\\bDear\\s+");

    private final Pattern replyCue;
    private final Pattern replyTarget;
    private final SpeechLexicon lexicon;

    Relations(SpeechLexicon lexicon) {
        this.lexicon = lexicon;
        List<String> cues = new ArrayList<>(lexicon.replyCues());
        cues.sort((a, b) -> b.length() - a.length());
        this.replyCue = Pattern.compile("\\b(?:" + String.join("|", cues.stream().map(Pattern::quote).toList())
                + ")\\b", Pattern.CASE_INSENSITIVE);
        this.replyTarget = Pattern.compile("\\b(?:response|responded|reply|replied|replying|responding)\\s+to\\s+",
                Pattern.CASE_INSENSITIVE);
    }

    /**
     * "Peskov said the talks were over, according to Reuters": an outlet named by "according to" relays what someone
     * else in the sentence said, rather than speaking itself.
     */
    static void mediaSources(String text, TextLayout layout, List<Found> statements,
                                     ArticleEntities entities) {
        List<Found> relayed = new ArrayList<>();
        for (Found source : statements) {
            LinkedEntity outlet = entities.get(source.speaker);
            if (source.cue < 0 || !text.regionMatches(true, source.cue, "according to", 0, 12) || outlet == null
                    || !"media".equals(outlet.kind)) {
                continue;
            }
            TextLayout.Range sentence = layout.sentenceAt(source.cue);
            for (Found other : statements) {
                if (other != source && other.cue >= sentence.start() && other.cue < sentence.end()
                        && !other.reportedBy.contains(outlet.id)) {
                    other.reportedBy.add(outlet.id);
                    relayed.add(source);
                }
            }
        }
        statements.removeAll(relayed);
    }

    /**
     * Inside another's reported clause, a verb of speech with a clause, a quotation or speech content of its own
     * ("claimed that the mayor had told him the site was sold") is relayed speech. One that only names a deed ("claimed
     * that the mayor had promised the site to a donor", "said the governor denied the request") is not that person's
     * statement: it is the claimant's claim about them, which mentions them.
     */
    static void deedsInsideClauses(Analysis analysis, List<Found> statements) {
        statements.removeIf(inner -> inner.rule != null && !inner.verbatim
                && (VerbCueSieve.OBJECT_RULES.contains(inner.rule) || inner.rule.equals("verb-infinitive"))
                && statements.stream().anyMatch(outer -> outer != inner && !outer.verbatim
                && outer.start <= inner.cue && inner.cue < outer.end && !apart(analysis, outer, inner)));
    }

    /**
     * Rule {@code deed-apart}: the inner verb is joined to the outer one ("She congratulated him on the win and
     * praised his effort"): the outer statement's words, not yet cut ({@link ReportedSpanBounds}), run over it, but
     * it is a second act of the same speaker, not a deed the outer statement names. So is a saying of the same
     * speaker in a relative clause set off inside the outer words ({@link RelativeAttributions}).
     */
    static boolean apart(Analysis analysis, Found outer, Found inner) {
        int o = outer.cue < 0 ? -1 : analysis.tokenAt(outer.cue);
        int i = inner.cue < 0 ? -1 : analysis.tokenAt(inner.cue);
        return o >= 0 && i > o && analysis.parsed(i) && analysis.head(i) == o
                && analysis.token(o).tag().startsWith("VB") && analysis.relation(i).startsWith("conj")
                || RelativeAttributions.open(analysis, outer, inner) >= 0;
    }

    /** A statement whose verb lies inside another's clause is relayed by that statement's speaker. */
    static void relays(List<Found> statements) {
        for (Found inner : statements) {
            Found outer = null;
            for (Found f : statements) {
                // Each inside the other's clause would make a cycle: neither then relays the other.
                boolean mutual = f.cue >= inner.start && f.cue < inner.end;
                if (f != inner && !f.verbatim && f.start <= inner.cue && inner.cue < f.end && !mutual
                        && (outer == null || f.start >= outer.start)) {
                    outer = f;
                }
            }
            // "rejected claims by the union that …": a denial does not relay the claim it names; it denies it.
            if (outer != null && !(outer.act == Act.DENIAL && NominalClaims.nominal(inner))) {
                if (!outer.speaker.equals(inner.speaker)) {
                    inner.reportedBy.add(outer.speaker);
                }
                outer.reportedBy.stream().filter(r -> !r.equals(inner.speaker) && !inner.reportedBy.contains(r))
                        .forEach(inner.reportedBy::add);
                if (outer.reports == null) {
                    outer.reports = inner;
                }
            }
        }
    }

    /**
     * Removes {@code dropped} (statements the filter judged not to be attributions); a statement that reported one of
     * them reports what the dropped one reported.
     */
    static void drop(List<Found> statements, List<Found> dropped) {
        if (dropped.isEmpty()) {
            return;
        }
        Set<Found> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        gone.addAll(dropped);
        statements.removeIf(gone::contains);
        for (Found f : statements) {
            for (int hops = 0; f.reports != null && gone.contains(f.reports); hops++) {
                f.reports = hops < statements.size() + dropped.size() ? f.reports.reports : null;
            }
        }
    }

    static void dedupe(List<Found> statements) {
        Set<String> seen = new LinkedHashSet<>();
        statements.removeIf(f -> !seen.add(f.start + ":" + f.end + ":" + f.verbatim));
    }

    void relations(String text, TextLayout layout, List<Found> statements, ArticleEntities entities,
                           SpeakerResolver resolver) {
        Found lastReply = null;
        for (int i = 0; i < statements.size(); i++) {
            Found f = statements.get(i);
            TextLayout.Range sentence = layout.sentenceAt(f.cue >= 0 ? f.cue : f.start);
            String context = text.substring(sentence.start(), sentence.end());
            String words = text.substring(f.start, f.end);
            f.medium = medium(context, f.cue >= 0 ? text.substring(f.cue, f.cueEnd) : "");
            // Answers to a question put to the speaker.
            for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
                Found q = statements.get(j);
                if (q.act == Act.QUESTION && q.addressedTo.contains(f.speaker)) {
                    f.respondsTo = q;
                    break;
                }
            }
            boolean reaction = f.cue > f.start && f.cue < f.end && !f.verbatim
                    && Set.of(Act.CONDEMNATION, Act.CRITICISM, Act.PRAISE, Act.REPLY).contains(f.act);
            boolean cue = reaction || replyCue.matcher(outside(context, sentence.start(), f)).find()
                    || replyCue.matcher(words).find() && HANDLE.matcher(words).find();
            if (f.respondsTo == null && cue) {
                f.respondsTo = replyTarget(text, sentence, f, statements, i, entities, lastReply);
                if (f.respondsTo != null) {
                    lastReply = f;
                    if (f.act == Act.STATEMENT) {
                        f.act = Act.REPLY;
                    }
                }
            }
            // Hearers: "told the minister", "asked Sokolov", @handles and "Dear X" inside the words.
            if (f.cue >= 0) {
                String verb = text.substring(f.cue, f.cueEnd).toLowerCase(Locale.ROOT);
                if (lexicon.verbForm(verb) != null && lexicon.verbForm(verb).hearer()) {
                    int p = f.cueEnd;
                    String after = text.substring(p, Math.min(text.length(), p + 5));
                    int skip = after.startsWith(" the ") ? 4 : 0;
                    entities.mentions.stream().filter(m -> m.canSpeak() && m.titleStart() >= p
                                    && m.titleStart() <= p + 1 + skip)
                            .findFirst().ifPresent(m -> {
                                String id = resolver.resolve(m, null);
                                LinkedEntity hearer = entities.get(id);
                                if (id == null || id.equals(f.speaker)) {
                                    return;
                                }
                                // "told the BBC", "told Reuters": the outlet relays the words to the reader.
                                if (hearer != null && "media".equals(hearer.kind)) {
                                    if (!f.reportedBy.contains(id)) {
                                        f.reportedBy.add(id);
                                    }
                                } else {
                                    addHearer(f, id, entities);
                                }
                            });
                }
            }
            Matcher h = HANDLE.matcher(words);
            while (h.find()) {
                int hs = f.start + h.start();
                entities.mentions.stream().filter(m -> m.start() == hs && m.entity() != null).findFirst()
                        .ifPresent(m -> addHearer(f, m.entity(), entities));
            }
            Matcher d = DEAR.matcher(words);
            while (d.find()) {
                int ds = f.start + d.end();
                entities.mentions.stream().filter(m -> m.start() == ds && m.entity() != null).findFirst()
                        .ifPresent(m -> addHearer(f, m.entity(), entities));
            }
        }
    }

    /**
     * Words are addressed to a person or an organization: a place ("Dear Anna" where a tagger took Anna for a
     * town) is no hearer, and the dataset would be invalid with it.
     */
    private static void addHearer(Found f, String id, ArticleEntities entities) {
        LinkedEntity hearer = entities.get(id);
        if ((hearer == null || hearer.type == EntityType.PERSON || hearer.type == EntityType.ORGANIZATION)
                && !f.addressedTo.contains(id) && !id.equals(f.speaker)) {
            f.addressedTo.add(id);
        }
    }

    private static String outside(String context, int offset, Found f) {
        StringBuilder b = new StringBuilder(context);
        for (int i = Math.max(0, f.start - offset); i < Math.min(context.length(), f.end - offset); i++) {
            b.setCharAt(i, ' ');
        }
        return b.toString();
    }

    private Found replyTarget(String text, TextLayout.Range sentence, Found f, List<Found> statements, int index,
                              ArticleEntities entities, Found lastReply) {
        // "in response to Elon Musk's ideas", "responded to the minister", "reply to you @elonmusk"
        Matcher t = replyTarget.matcher(text.substring(sentence.start(), sentence.end()));
        String target = null;
        if (f.cue > f.start && f.cue < f.end && !f.verbatim) {
            // A reaction ("Musk's suggestions drew criticism from …") answers whoever its subject belongs to.
            // "X offered a sharp response to Y's plan": the subject is the one replying, not the one answered.
            target = entities.mentions.stream().filter(m -> m.start() >= f.start && m.end() <= f.cue
                    && m.kind() == Mention.Kind.PERSON && !f.speaker.equals(m.entity()))
                    .map(Mention::entity).findFirst().orElse(null);
        }
        while (target == null && t.find()) {
            int p = sentence.start() + t.end();
            for (Mention m : entities.mentions) {
                if (m.start() >= p && m.start() <= p + 12 && m.entity() != null && m.personLike() && m.start() < sentence.end()) {
                    target = m.entity();
                    break;
                }
            }
        }
        if (target == null) {
            Matcher h = HANDLE.matcher(text.substring(f.start, f.end));
            while (h.find() && target == null) {
                int hs = f.start + h.start();
                target = entities.mentions.stream().filter(m -> m.start() == hs && m.entity() != null)
                        .map(Mention::entity).findFirst().orElse(null);
            }
        }
        String targetId = target;
        if (targetId != null && !targetId.equals(f.speaker)) {
            Found latest = null;
            for (Found s : statements) {
                if (targetId.equals(s.speaker) && s.start < f.start) {
                    latest = s;
                }
            }
            if (latest == null) {
                latest = statements.stream().filter(s -> s != f && targetId.equals(s.speaker)).findFirst().orElse(null);
            }
            if (latest != null) {
                return latest;
            }
        }
        // Replies in a row answer the same thing, unless this speaker is the one answered.
        if (lastReply != null && lastReply.respondsTo != null && !f.speaker.equals(lastReply.respondsTo.speaker)) {
            return lastReply.respondsTo;
        }
        for (int j = index - 1; j >= 0; j--) {
            Found s = statements.get(j);
            if (!s.speaker.equals(f.speaker)) {
                return s;
            }
        }
        return null;
    }

    private static String medium(String context, String verb) {
        String c = context.toLowerCase(Locale.ROOT);
        String v = verb.toLowerCase(Locale.ROOT);
        if (c.contains("poll")) {
            return "poll";
        }
        if (v.startsWith("tweet") || c.contains("tweeted") || c.contains(" tweet")) {
            return "tweet";
        }
        if (c.contains("in a statement")) {
            return "statement";
        }
        if (c.contains("interview")) {
            return "interview";
        }
        if (c.contains(" address") || c.contains("speech")) {
            return c.contains("speech") ? "speech" : "address";
        }
        if (c.contains("newsletter") || c.contains("mailout")) {
            return "newsletter";
        }
        if (c.contains("news conference") || c.contains("press conference") || c.contains("told reporters")) {
            return "press-conference";
        }
        return null;
    }
}
